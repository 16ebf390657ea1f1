package dev.perfagent.agent.repo;

import dev.perfagent.datasets.BuildSpec;
import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.Workload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A repository as a {@code repo} task, so that the evaluator, the loop and the reports work on it unchanged: the copy
 * is the source root, the targets' files are editable, the test command judges, the benchmark is the workload.
 */
public final class RepoTask {
    /** One benchmark run may take this long; a repository's benchmark is slower to start than a program's. */
    static final Duration RUN_LIMIT = Duration.ofMinutes(2);

    private RepoTask() {
    }

    /** With the benchmark command as the workload. */
    public static Task of(RepoSetup setup, Path runDir, Path copy, List<String> files, List<String> editable, String test, String description) {
        return of(setup, Workload.defaults().withCommand(setup.bench()).withCheckOutput(setup.checkOutput()), runDir, copy, files, editable, test, description);
    }

    /** With {@code workload} timed: a command's, or the JMH benchmarks' ({@link Workload#jmh}). */
    public static Task of(RepoSetup setup, Workload workload, Path runDir, Path copy, List<String> files, List<String> editable,
                          String test, String description) {
        // the default Maven build is perfagent's own command; the flags leave out what only a release needs
        List<String> flags = setup.buildSystem() == BuildSystem.MAVEN && setup.build().isEmpty() ? MavenFlags.SKIP : List.of();
        BuildSpec build = new BuildSpec(setup.build(), flags, setup.buildSystem() == BuildSystem.MAVEN ? "maven" : "javac");
        Judge judge = Judge.defaults().withTolerance(1e-6).withCommand(test);
        return Task.of(runDir, setup.name(), setup.language(), TaskKind.REPO, copy).withDescription(description).withSources(files)
                .withEditable(editable).withBuild(build).withJudge(judge).withWorkload(workload)
                .withLimits(new TaskLimits(RUN_LIMIT, setup.memoryBytes()));
    }

    /**
     * The test command with the covering tests first: a wrong rewrite fails there in seconds, and the whole suite runs
     * only after them. Only the default commands are split; a user's own command runs as given.
     */
    public static String staged(RepoSetup setup, List<String> covering, boolean defaultTest) {
        if (!defaultTest || covering.isEmpty()) return setup.test();
        return switch (setup.buildSystem()) {
            case MAVEN -> mavenCovering(covering, true) + " && " + mavenCovering(covering, false);
            case PYTHON -> pythonCovering(setup.test(), covering) + " && " + setup.test();
            default -> setup.test();
        };
    }

    /**
     * The covering test classes ({@code first}), or every other test class: the second run leaves out what the first
     * already passed, so no test runs twice (Surefire's {@code !Class} excludes a class from the default includes).
     */
    static String mavenCovering(List<String> covering, boolean first) {
        String selection = first ? String.join(",", covering) : "'" + String.join(",", covering.stream().map(c -> "!" + c).toList()) + "'";
        return "mvn -q -o -B test " + MavenFlags.line() + " -Dtest=" + selection + " -Dsurefire.failIfNoSpecifiedTests=false";
    }

    /** The covering test modules alone, with the whole suite's runner and path ({@code tests.test_x}: a module name). */
    static String pythonCovering(String whole, List<String> covering) {
        String prefix = whole.startsWith(PythonLayout.PATH_PREFIX) ? PythonLayout.PATH_PREFIX : "";
        if (whole.contains("-m pytest")) {
            return prefix + "python3 -B -m pytest -q -p no:cacheprovider " + String.join(" ", covering.stream().map(m -> m.replace('.', '/') + ".py").toList());
        }
        return prefix + "python3 -B -m unittest -q " + String.join(" ", covering);
    }
}
