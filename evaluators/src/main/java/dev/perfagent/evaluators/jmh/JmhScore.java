package dev.perfagent.evaluators.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of JMH's JSON result file ({@code -rf json}): the benchmark, its parameters, its mode and the primary
 * metric's score in its unit.
 */
public record JmhScore(String benchmark, Map<String, String> params, String mode, double score, String unit) {

    /** Every entry of a result file's JSON (or of standard output holding only it). */
    /** The scores in what {@link JmhCommand#printingJson} printed: the JSON array, after anything before it. */
    public static List<JmhScore> parsePrinted(String stdout) throws IOException {
        int start = stdout.indexOf('[');
        return parse(start > 0 ? stdout.substring(start) : stdout);
    }

    public static List<JmhScore> parse(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) throw new IOException("a JMH result file holds a JSON array; this is not one");
        List<JmhScore> out = new ArrayList<>();
        for (JsonNode b : root) {
            Map<String, String> params = new TreeMap<>();
            b.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode m = b.path("primaryMetric");
            if (!m.path("score").isNumber()) throw new IOException(b.path("benchmark").asText("an entry") + " has no primaryMetric.score");
            out.add(new JmhScore(b.path("benchmark").asText(), params, b.path("mode").asText(), m.path("score").asDouble(),
                    m.path("scoreUnit").asText()));
        }
        return out;
    }

    /**
     * The score as seconds per operation, whatever the mode: time modes (avgt, sample, ss) report time per op,
     * throughput (thrpt) operations per time, so it is inverted; then lower is faster for every benchmark and the
     * speedup is base/head as for commands.
     */
    public double secondsPerOp() {
        String[] parts = unit.split("/");
        if (parts.length != 2) throw new IllegalArgumentException("unknown JMH unit " + unit);
        boolean throughput = parts[0].equals("ops");
        double perTimeUnit = seconds(throughput ? parts[1] : parts[0]);
        return throughput ? perTimeUnit / score : score * perTimeUnit;
    }

    /** Which benchmark, with which parameters, this is the score of. */
    public JmhBenchmarkId id() {
        return new JmhBenchmarkId(benchmark, params);
    }

    private static double seconds(String unit) {
        return switch (unit) {
            case "ns" -> 1e-9;
            case "us", "µs" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min", "m" -> 60;
            case "hr", "h" -> 3600;
            case "day", "d" -> 86400;
            default -> throw new IllegalArgumentException("unknown JMH time unit " + unit);
        };
    }
}
