package dev.perfagent.evaluators.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where a build leaves its benchmarks jar, and what its {@code -lp} listing says is in it. */
public final class JmhListing {
    private static final Pattern PARAM = Pattern.compile("\\s+param \"([^\"]+)\" = \\{(.*)}");

    private JmhListing() {
    }

    /** {@code target/benchmarks.jar}, else the shallowest {@code target/benchmarks.jar} or {@code target/*jmh*.jar} below. */
    public static Optional<String> findJar(Path checkout) {
        if (Files.isRegularFile(checkout.resolve("target/benchmarks.jar"))) return Optional.of("target/benchmarks.jar");
        try (Stream<Path> walk = Files.walk(checkout, 5)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("target"))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.equals("benchmarks.jar") || (n.endsWith(".jar") && n.contains("jmh"));
                    })
                    .min((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
                    .map(p -> checkout.relativize(p).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** JMH's {@code -lp} output as one entry per benchmark and combination of its parameters, in JMH's order. */
    public static List<JmhBenchmarkId> parse(String listing) {
        List<JmhBenchmarkId> out = new ArrayList<>();
        String current = null;
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String line : (listing + "\n").split("\n")) {
            Matcher m = PARAM.matcher(line);
            if (m.matches() && current != null) {
                List<String> values = new ArrayList<>();
                for (String v : m.group(2).split(",")) values.add(v.strip());
                params.put(m.group(1), values);
                continue;
            }
            if (line.isBlank() || line.startsWith("Benchmarks:") || line.startsWith(" ") || line.startsWith("#")) continue;
            if (current != null) expand(current, params, out);
            current = line.strip();
            params = new LinkedHashMap<>();
        }
        if (current != null) expand(current, params, out);
        return out;
    }

    /** Every combination of parameter values. */
    private static void expand(String benchmark, Map<String, List<String>> params, List<JmhBenchmarkId> out) {
        List<Map<String, String>> combos = new ArrayList<>(List.of(new TreeMap<>()));
        for (var e : params.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new TreeMap<>(c);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        for (Map<String, String> c : combos) out.add(new JmhBenchmarkId(benchmark, c));
    }
}
