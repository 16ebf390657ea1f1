package dev.perfagent.agent.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bench run's report.html, from what the run exported (summary.json's metrics, tasks.csv's rows): the metrics as
 * the papers name them, a histogram of the best speedup per task (log-scaled bins, the 1× line marked, tasks that
 * were not correct counted apart), and one row per task with its verdict, interval and reason. Self-contained: no
 * script, no fetched asset.
 */
public final class BenchHtmlReport {
    private static final double[] EDGES = {0, 0.5, 0.8, 0.95, 1.05, 1.25, 1.5, 2, 3, 5, 10, Double.POSITIVE_INFINITY};
    private static final int W = 760;
    private static final int H = 300;
    private static final int LEFT = 60;
    private static final int BOTTOM = 70;
    private static final int TOP = 20;

    private BenchHtmlReport() {
    }

    public static String render(JsonNode summary, List<Map<String, String>> tasks) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>perfagent bench</title>"
                + "<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}td.n{text-align:right}"
                + ".IMPROVED{color:#1a7f37;font-weight:bold}.REGRESSED,.INCORRECT,.BUILD_FAILED,.CRASHED,.TIMEOUT,.REJECTED{color:#cf222e}"
                + "</style></head><body>");
        JsonNode config = summary.path("config");
        b.append("<h1>perfagent bench: ").append(HtmlReport.esc(config.path("suite_name").asText("suite"))).append("</h1>");
        b.append("<p>model <code>").append(HtmlReport.esc(config.path("model").asText(""))).append("</code>");
        JsonNode counts = summary.path("counts");
        b.append(String.format(Locale.ROOT, " — %d task(s), %d ran, %d skipped, %d error(s), %d attempt(s) per task</p>",
                counts.path("tasks").asInt(), counts.path("ran").asInt(), counts.path("skipped").asInt(), counts.path("errors").asInt(),
                counts.path("attempts_per_task").asInt()));
        b.append("<h2>Metrics</h2><table><tr><th>metric</th><th>value</th></tr>");
        flatten("", summary.path("metrics"), b);
        b.append("</table><p>").append(HtmlReport.esc(counts.path("denominator").asText(""))).append("</p>");
        b.append("<h2>Best speedup per task</h2>").append(histogram(tasks));
        b.append("<h2>Tasks</h2><table><tr><th>task</th><th>verdict</th><th>speedup</th><th>95% interval</th><th>expert</th>"
                + "<th>tokens</th><th>cost</th><th>reason</th></tr>");
        for (Map<String, String> t : tasks) {
            String verdict = t.getOrDefault("best_verdict", "");
            b.append("<tr><td><code>").append(HtmlReport.esc(t.getOrDefault("task_id", ""))).append("</code></td><td class=\"")
                    .append(HtmlReport.esc(verdict)).append("\">").append(HtmlReport.esc(verdict.isEmpty() ? "not run" : verdict))
                    .append("</td><td class=\"n\">").append(times(t.get("best_speedup"))).append("</td><td class=\"n\">")
                    .append(t.getOrDefault("speedup_low", "").isEmpty() ? "" : times(t.get("speedup_low")) + " – " + times(t.get("speedup_high")))
                    .append("</td><td class=\"n\">").append(times(t.get("expert_speedup"))).append("</td><td class=\"n\">")
                    .append(tokens(t)).append("</td><td class=\"n\">").append(cost(t.get("cost_usd"))).append("</td><td>")
                    .append(HtmlReport.esc(t.getOrDefault("reason", ""))).append("</td></tr>");
        }
        return b.append("</table></body></html>\n").toString();
    }

    /** Tasks per speedup bin; bars labelled with their counts; tasks without a correct timed answer in their own bar. */
    static String histogram(List<Map<String, String>> tasks) {
        int[] bins = new int[EDGES.length - 1];
        int untimed = 0;
        for (Map<String, String> t : tasks) {
            double s = number(t.get("best_speedup"));
            if (Double.isNaN(s) || !"true".equals(t.get("correct"))) {
                untimed++;
                continue;
            }
            for (int i = 0; i < bins.length; i++) if (s >= EDGES[i] && s < EDGES[i + 1]) bins[i]++;
        }
        int bars = bins.length + 1;
        int most = Math.max(1, Math.max(untimed, java.util.Arrays.stream(bins).max().orElse(0)));
        double bw = (W - LEFT - 20.0) / bars;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"tasks per best-speedup bin\" font-family=\"system-ui,sans-serif\">", W, H, W, H));
        int base = H - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, TOP, LEFT, base));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, base, W - 20, base));
        for (int k = 0; k <= most; k += Math.max(1, most / 5)) {
            double y = base - (base - TOP) * k / (double) most;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d</text>", LEFT - 6, y + 4, k));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">tasks</text>",
                (TOP + base) / 2, (TOP + base) / 2));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">best speedup of each task over its original (×)</text>",
                (LEFT + W - 20) / 2.0, H - 10));
        for (int i = 0; i < bars; i++) {
            int count = i < bins.length ? bins[i] : untimed;
            String label = i < bins.length ? binLabel(i) : "not correct";
            String color = i == bins.length ? "#cf222e" : EDGES[i] >= 1.05 ? "#1a7f37" : EDGES[i + 1] <= 0.95 ? "#bc4c00" : "#57606a";
            double x = LEFT + i * bw + 4;
            double h = (base - TOP) * count / (double) most;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, base - h, bw - 8, h, color));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%d</text>", x + (bw - 8) / 2, base - h - 4, count));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x + (bw - 8) / 2, base + 16, label));
        }
        return svg.append("</svg>").toString();
    }

    private static String binLabel(int i) {
        if (Double.isInfinite(EDGES[i + 1])) return "≥" + SpeedupChart.fmt(EDGES[i]);
        return SpeedupChart.fmt(EDGES[i]) + "–" + SpeedupChart.fmt(EDGES[i + 1]);
    }

    private static void flatten(String prefix, JsonNode node, StringBuilder b) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), b);
            } else {
                String v = e.getValue().isNull() ? "—" : e.getValue().isNumber()
                        ? String.format(Locale.ROOT, "%.4g", e.getValue().asDouble()) : e.getValue().asText();
                b.append("<tr><td>").append(HtmlReport.esc(prefix + e.getKey())).append("</td><td class=\"n\">").append(HtmlReport.esc(v)).append("</td></tr>");
            }
        }
    }

    private static String times(String v) {
        double d = number(v);
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.2f×", d);
    }

    private static String cost(String v) {
        double d = number(v);
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "$%.4f", d);
    }

    private static String tokens(Map<String, String> t) {
        double in = number(t.get("tokens_in"));
        double out = number(t.get("tokens_out"));
        return Double.isNaN(in) ? "" : String.format(Locale.ROOT, "%,d", (long) (in + (Double.isNaN(out) ? 0 : out)));
    }

    private static double number(String v) {
        if (v == null || v.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** tasks.csv as rows of column → value (RFC 4180 quoting, as BenchExports writes it). */
    public static List<Map<String, String>> readCsv(List<String> lines) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.isEmpty()) return rows;
        List<String> header = cells(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            List<String> c = cells(line);
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < c.size() ? c.get(i) : "");
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cur.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(ch);
        }
        out.add(cur.toString());
        return out;
    }
}
