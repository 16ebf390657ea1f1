package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How perfagent builds, tests and times one repository, after detection, perfagent.yaml and flags (flags win).
 *
 * @param dir         the user's repository (never written before --apply / --branch)
 * @param build       the build command, or empty for the toolchain's default
 * @param test        the whole test suite; it must pass for a candidate to count
 * @param bench       the benchmark command that is timed (and profiled); empty when JMH benchmarks are
 * @param checkOutput whether the benchmark's output must match the original's on every timed run
 * @param targets     how many hot methods become editable
 * @param jmh         the JMH benchmarks that are timed (and profiled) instead of a command
 * @param memoryBytes what each process of a benchmark run may commit ({@code repo.memory})
 * @param named       what the user named to optimize ({@code --target}, {@code repo.targets}): {@code FILE[:FUNCTION]}
 * @param maxPromptChars the cap on a prompt's size ({@code repo.max-prompt})
 */
public record RepoSetup(Path dir, String name, BuildSystem buildSystem, Language language, Optional<String> build,
                        String test, String bench, boolean checkOutput, int targets, Optional<RepoJmh> jmh,
                        long memoryBytes, List<String> named, int maxPromptChars) {

    public static final int DEFAULT_MAX_PROMPT_CHARS = ExcerptingPrompts.DEFAULT_MAX_CHARS;

    public RepoSetup {
        named = List.copyOf(named);
    }

    /** Hot methods that become editable when nothing says how many. */
    public static final int DEFAULT_TARGETS = 3;

    /**
     * A repository with its build system's default build and test, no benchmark yet, output checked off,
     * {@value #DEFAULT_TARGETS} targets, the default memory and prompt cap; the {@code withX} methods set the rest.
     */
    public static RepoSetup of(Path dir, String name, BuildSystem buildSystem, Language language) {
        return new RepoSetup(dir, name, buildSystem, language, Optional.empty(), buildSystem.defaultTest(), "", false,
                DEFAULT_TARGETS, Optional.empty(), RepoMemory.DEFAULT_BYTES, List.of(), DEFAULT_MAX_PROMPT_CHARS);
    }

    /** The build command; empty for the toolchain's default. */
    public RepoSetup withBuild(Optional<String> build) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, maxPromptChars);
    }

    public RepoSetup withTest(String test) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, maxPromptChars);
    }

    public RepoSetup withBench(String bench) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, maxPromptChars);
    }

    public RepoSetup withCheckOutput(boolean checkOutput) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, maxPromptChars);
    }

    public RepoSetup withTargets(int targets) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, maxPromptChars);
    }

    public RepoSetup withJmh(Optional<RepoJmh> jmh) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, maxPromptChars);
    }

    public RepoSetup withMemory(long bytes) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, bytes, named, maxPromptChars);
    }

    public RepoSetup withNamed(List<String> targets) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, this.targets, jmh, memoryBytes, targets, maxPromptChars);
    }

    public RepoSetup withMaxPromptChars(int chars) {
        return new RepoSetup(dir, name, buildSystem, language, build, test, bench, checkOutput, targets, jmh, memoryBytes, named, chars);
    }

    /** What is timed, as the log and the report say it: the command, or "JMH benchmarks matching REGEX". */
    public String workloadLabel() {
        return jmh.map(j -> "JMH benchmarks matching " + j.regex() + " (" + j.args() + ")").orElse(bench);
    }

    /** Tests, test data and test helpers: never editable, and where covering tests are looked for. */
    public static boolean isTestPath(String rel) {
        String p = "/" + rel;
        String file = rel.substring(rel.lastIndexOf('/') + 1);
        return p.contains("/src/test/") || p.contains("/test/") || p.contains("/tests/") || p.contains("/testing/")
                || file.startsWith("test_") || file.endsWith("_test.py") || file.endsWith("_test.cpp") || file.endsWith("_test.c")
                || file.matches(".*Tests?\\.java") || file.matches("tests?\\.(c|cc|cpp|cxx)");
    }

    /**
     * Whether the model may edit {@code rel}: a source file of the repository's language that is not a test, not a
     * build file, and not the benchmark (which the command names, or which has "bench" in its name).
     */
    public boolean mayEdit(String rel) {
        String file = rel.substring(rel.lastIndexOf('/') + 1);
        if (isTestPath(rel) || BuildSystem.BUILD_FILES.contains(file)) return false;
        if (file.toLowerCase(java.util.Locale.ROOT).contains("bench") || rel.contains("/jmh/")) return false;
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        if (!bench.isEmpty() && bench.matches("(?s).*(^|[\\s/.])" + java.util.regex.Pattern.quote(stem) + "($|[\\s.]).*") && !stem.isEmpty()) return false;
        return switch (language) {
            case JAVA -> rel.endsWith(".java") && !rel.contains("src/test/");
            case PYTHON -> rel.endsWith(".py");
            case C -> rel.endsWith(".c") || rel.endsWith(".h");
            case CPP -> rel.matches(".*\\.(cpp|cc|cxx|c|h|hpp|hh)$");
            case CUDA -> rel.matches(".*\\.(cu|cuh|cpp|cc|h|hpp)$");
        };
    }
}
