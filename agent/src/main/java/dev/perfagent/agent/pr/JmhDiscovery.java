package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Workspace;

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

/** Finds the benchmarks jar in a built checkout and lists the benchmarks (with parameter combinations) a regex selects. */
final class JmhDiscovery {
    private static final Pattern PARAM = Pattern.compile("\\s+param \"([^\"]+)\" = \\{(.*)}");

    private JmhDiscovery() {
    }

    /** {@code target/benchmarks.jar}, else the shallowest {@code target/benchmarks.jar} or {@code target/*jmh*.jar} below. */
    static Optional<String> findJar(Path checkout) {
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

    /** JMH's {@code -lp} listing: one entry per benchmark and combination of its parameters. */
    static List<JmhBenchmark> list(Workspace checkout, CheckoutRunner runner, String jar, String regex, String extraArgs) {
        ExecResult r = runner.run(checkout, "java -jar " + JmhBenchmark.quote(jar) + " -lp " + JmhBenchmark.quote(regex), false);
        if (!r.ok()) {
            throw new PrException("cannot list the JMH benchmarks in " + jar + " (" + r.describeEnd() + "): "
                    + Excerpt.firstError(r.stderr() + "\n" + r.stdout()));
        }
        return parseListing(r.stdout(), jar, extraArgs);
    }

    static List<JmhBenchmark> parseListing(String listing, String jar, String extraArgs) {
        List<JmhBenchmark> out = new ArrayList<>();
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
            if (line.isBlank() || line.startsWith("Benchmarks:") || line.startsWith(" ")) continue;
            if (current != null) expand(current, params, jar, extraArgs, out);
            current = line.strip();
            params = new LinkedHashMap<>();
        }
        if (current != null) expand(current, params, jar, extraArgs, out);
        return out;
    }

    /** Every combination of parameter values, in JMH's order. */
    private static void expand(String benchmark, Map<String, List<String>> params, String jar, String extraArgs, List<JmhBenchmark> out) {
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
        for (Map<String, String> c : combos) out.add(new JmhBenchmark(benchmark, c, jar, extraArgs));
    }
}
