package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;

import java.util.List;
import java.util.Optional;

/**
 * What a look at a repository found: its build, the test command to use, and the benchmark when there is exactly one
 * obvious choice ({@code benches} lists every choice seen, for {@code perfagent init} and for the error that asks the
 * user to pick one).
 *
 * @param jmhBenchmarks the JMH benchmark methods in the sources ({@code @Benchmark}), as {@code package.Class.method}
 * @param jmhBuild      the build that makes the benchmarks jar, where it is not the default one (a {@code jmh} profile)
 */
public record Detection(BuildSystem buildSystem, Language language, List<String> files, String test,
                        Optional<String> bench, List<String> benches, List<String> notes,
                        List<String> jmhBenchmarks, Optional<String> jmhBuild) {
    public Detection {
        files = List.copyOf(files);
        benches = List.copyOf(benches);
        notes = List.copyOf(notes);
        jmhBenchmarks = List.copyOf(jmhBenchmarks);
    }

    /**
     * A JMH regex selecting every benchmark found: their classes' common package (JMH matches a regex anywhere in
     * the name, and a dot matches itself), or empty when no benchmark was found.
     */
    public Optional<String> jmhRegex() {
        if (jmhBenchmarks.isEmpty()) return Optional.empty();
        String common = jmhBenchmarks.get(0).substring(0, Math.max(0, jmhBenchmarks.get(0).lastIndexOf('.')));
        for (String b : jmhBenchmarks) {
            while (!common.isEmpty() && !(b.startsWith(common + "."))) {
                common = common.contains(".") ? common.substring(0, common.lastIndexOf('.')) : "";
            }
        }
        return Optional.of(common.isEmpty() ? ".*" : common + ".");
    }
}
