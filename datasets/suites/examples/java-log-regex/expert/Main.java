import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access-log summary per route.
 *
 * <p>Input: a line with the number of routes R, R route templates (e.g. {@code /api/items/{id}};
 * {@code {name}} matches one path segment, {@code *} matches anything), then web-server log lines
 * such as {@code 10.0.0.7 - - [12/Mar/2024:10:15:32 +0000] "GET /api/items/42?x=1 HTTP/1.1" 200 5123}.
 *
 * <p>Output: the number of log lines, malformed lines, lines whose client is not a valid IPv4
 * address, bytes sent, requests per status code, then the hits of every route in the order given
 * (a request counts for the first route its path, without query string, matches) and the
 * requests no route matched.
 *
 * <p>Expert version: every pattern (the log line, the IPv4 check, the query-string strip and
 * each route) is compiled once and its matcher reused, instead of being compiled again for every
 * log line (and every route tried).
 */
public class Main {
    static final Pattern LINE = Pattern.compile(
            "^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (\\S+) HTTP/[0-9.]+\" (\\d{3}) (\\d+|-)\\s*$");
    static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    static final Pattern QUERY = Pattern.compile("[?#].*$");

    /** Turns a route template into a regular expression matching a whole path. */
    static String routeRegex(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = template.indexOf('}', i);
            if (c == '{' && close > i) {
                regex.append("[^/]+");
                i = close + 1;
            } else if (c == '*') {
                regex.append(".*");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String first = in.readLine();
        int routeCount = first == null ? 0 : Integer.parseInt(first.trim());
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < routeCount; i++) routes.add(in.readLine().trim());
        Matcher[] routeMatchers = new Matcher[routes.size()];
        for (int r = 0; r < routes.size(); r++) routeMatchers[r] = Pattern.compile(routeRegex(routes.get(r))).matcher("");

        long lines = 0;
        long malformed = 0;
        long invalidIp = 0;
        long bytes = 0;
        long unmatched = 0;
        long[] hits = new long[routes.size()];
        Map<String, Integer> statuses = new TreeMap<>();
        Matcher m = LINE.matcher("");
        Matcher ip = IPV4.matcher("");
        Matcher query = QUERY.matcher("");
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            lines++;
            m.reset(line);
            if (!m.matches()) {
                malformed++;
                continue;
            }
            if (!ip.reset(m.group(1)).matches()) invalidIp++;
            String status = m.group(5);
            Integer seen = statuses.get(status);
            statuses.put(status, seen == null ? 1 : seen + 1);
            String sent = m.group(6);
            if (!sent.equals("-")) bytes += Long.parseLong(sent);

            String path = m.group(4);
            if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) path = query.reset(path).replaceAll("");
            boolean found = false;
            for (int r = 0; r < routeMatchers.length && !found; r++) {
                if (routeMatchers[r].reset(path).matches()) {
                    hits[r]++;
                    found = true;
                }
            }
            if (!found) unmatched++;
        }

        StringBuilder out = new StringBuilder();
        out.append("lines: ").append(lines).append('\n');
        out.append("malformed: ").append(malformed).append('\n');
        out.append("invalid-ip: ").append(invalidIp).append('\n');
        out.append("bytes: ").append(bytes).append('\n');
        for (Map.Entry<String, Integer> e : statuses.entrySet()) {
            out.append("status ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        for (int r = 0; r < routes.size(); r++) {
            out.append("route ").append(routes.get(r)).append(": ").append(hits[r]).append('\n');
        }
        out.append("unmatched: ").append(unmatched).append('\n');
        System.out.print(out);
    }
}
