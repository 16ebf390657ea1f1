package dev.perfagent.agent.repo;

/**
 * The commented {@code perfagent.yaml} that {@code perfagent init} writes for a repository: what was detected, as
 * settings where a choice was made and as comments where the default applies, so the file explains itself.
 */
public final class InitFile {
    private InitFile() {
    }

    public static String render(String name, Detection d) {
        StringBuilder b = new StringBuilder();
        b.append("# perfagent.yaml for ").append(name).append(", written by `perfagent init` (build: ").append(d.buildSystem().label())
                .append(", language: ").append(d.language().id()).append(").\n");
        b.append("# `perfagent optimize` run in this folder (or with --repo) reads it; its flags override these settings.\n\n");
        b.append("repo:\n");
        b.append("  # The benchmark that is timed and profiled. Its output must stay exactly the same for a candidate to count\n");
        b.append("  # (set check-output: false below if it prints timings).\n");
        boolean jmhOnly = d.bench().isEmpty() && d.jmhRegex().isPresent();
        if (jmhOnly) {
            b.append("  # No benchmark command was found, but JMH benchmarks were (below): they are timed instead.\n");
        } else if (d.bench().isPresent()) {
            b.append("  bench: ").append(quote(d.bench().get())).append('\n');
        } else {
            b.append("  # No benchmark was found: write the command that runs your workload, e.g.\n");
            b.append("  # bench: ").append(quote(d.benches().isEmpty() ? example(d.buildSystem()) : d.benches().get(0))).append('\n');
        }
        for (String other : d.benches()) {
            if (d.bench().isEmpty() || !other.equals(d.bench().get())) b.append("  #   candidate: ").append(other).append('\n');
        }
        if (d.jmhRegex().isPresent()) {
            b.append("  # JMH benchmarks found in the sources; `jmh: REGEX` times those the regex selects instead of bench, one\n");
            b.append("  # fork per sample (built with ").append(d.jmhBuild().map(InitFile::quote).orElse("the default build"))
                    .append(" into target/benchmarks.jar):\n");
            for (String m : d.jmhBenchmarks()) b.append("  #   benchmark: ").append(m).append('\n');
            b.append(jmhOnly ? "  " : "  # ").append("jmh: ").append(quote(d.jmhRegex().get())).append('\n');
            b.append("  # jmh-args: ").append(quote(RepoJmh.DEFAULT_ARGS)).append("   # JMH options of every fork (this is the default)\n");
        }
        b.append("  check-output: ").append(!jmhOnly).append('\n');
        b.append("  # The tests every candidate must pass; the tests covering the edited files run first. Default:\n");
        b.append("  # test: ").append(quote(d.test())).append('\n');
        b.append("  # The build, run offline in the sandbox. Default: ")
                .append(d.buildSystem().defaultBuild().map(InitFile::quote).orElse(d.buildSystem() == BuildSystem.MAVEN
                        ? "mvn -q -o -B test-compile (release plugins skipped)" : "a syntax check")).append('\n');
        b.append("  # build: \"...\"\n");
        b.append("  # How many of the hottest methods' files the model may edit.\n");
        b.append("  targets: 3\n\n");
        b.append("# model: rules            # offline rewrite rules (default without an API key); openai:MODEL, anthropic:MODEL, replay:FILE\n");
        b.append("# budget:\n#   rounds: 5\n#   candidates: 20\n#   time: 60m\n");
        b.append("# measure:\n#   threshold: 1.05       # the speedup's lower 95% bound must clear this for IMPROVED\n#   budget: 30            # seconds of timing per candidate\n");
        for (String note : d.notes()) b.append("# note: ").append(note).append('\n');
        return b.toString();
    }

    private static String example(BuildSystem b) {
        return switch (b) {
            case MAVEN -> "java -cp target/classes com.example.Bench";
            case MAKE -> "./bench";
            case CMAKE -> "./build/bench";
            case PYTHON -> "python3 -B bench.py";
        };
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
