package dev.perfagent.evaluators.jmh;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One JMH benchmark method with one combination of its parameters: what gets a score, a series and a verdict. */
public record JmhBenchmarkId(String benchmark, Map<String, String> params) {
    public JmhBenchmarkId {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** "com.acme.ParseBench.parse (size=10)", or the method alone when it has no parameters. */
    public String name() {
        if (params.isEmpty()) return benchmark;
        return benchmark + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
    }
}
