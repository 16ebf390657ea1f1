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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * only after them. Only the default commands are split (Maven's, Python's, ctest's; {@code make test} is one
     * command and runs whole); a user's own command runs as given.
     */
    public static String staged(RepoSetup setup, List<String> covering, boolean defaultTest) {
        if (!defaultTest || covering.isEmpty()) return setup.test();
        return switch (setup.buildSystem()) {
            case MAVEN -> {
                boolean goal = surefireAlone(setup.dir());
                yield mavenCovering(covering, true, goal) + " && " + mavenCovering(covering, false, goal);
            }
            case PYTHON -> pythonCovering(setup.test(), covering) + " && " + pythonRest(setup.test(), covering);
            case CMAKE -> NativeCoveringTests.first(setup.test(), covering) + " && " + NativeCoveringTests.rest(setup.test(), covering);
            case MAKE -> setup.test();
        };
    }

    /**
     * The covering test classes ({@code first}), or every other test class: the second run leaves out what the first
     * already passed, so no test runs twice (Surefire's {@code !Class} excludes a class from the default includes).
     */
    static String mavenCovering(List<String> covering, boolean first, boolean surefireAlone) {
        String selection = first ? String.join(",", covering) : "'" + String.join(",", covering.stream().map(c -> "!" + c).toList()) + "'";
        return (surefireAlone ? "mvn -q -o -B surefire:test" : "mvn -q -o -B test " + MavenFlags.line())
                + " -Dtest=" + selection + " -Dsurefire.failIfNoSpecifiedTests=false";
    }

    /**
     * Whether the staged runs can call Surefire's goal alone ({@code mvn surefire:test}) instead of the lifecycle up to
     * {@code test}: the build already compiled the tests, and the lifecycle's other plugins (resources, compiler
     * checks, bundle manifests, licence and build-number plugins) cost a library like Commons CLI about ten seconds a
     * run. Not when the pom mentions {@code argLine}: it may take a value an earlier plugin sets (JaCoCo's agent), which
     * the goal alone would leave unset.
     */
    static boolean surefireAlone(Path repo) {
        Path pom = repo.resolve("pom.xml");
        return java.nio.file.Files.isRegularFile(pom) && !RepoFiles.read(pom).contains("argLine");
    }

    /**
     * The whole suite without the covering modules, which already passed: pytest collects everything but those files
     * ({@code --ignore}); unittest discovers as the default command does and drops the tests of those modules, so
     * what runs is exactly the rest (a module that fails to import still fails). Another command runs whole.
     */
    static String pythonRest(String whole, List<String> covering) {
        String prefix = whole.startsWith(PythonLayout.PATH_PREFIX) ? PythonLayout.PATH_PREFIX : "";
        if (whole.contains("-m pytest")) {
            return whole + String.join("", covering.stream().map(m -> " --ignore=" + m.replace('.', '/') + ".py").toList());
        }
        Matcher discover = Pattern.compile("-m unittest discover(?: -s (\\S+))?(?: -t (\\S+))?$").matcher(whole);
        if (!discover.find()) return whole;
        String start = discover.group(1) == null ? "." : discover.group(1);
        String top = discover.group(2) == null ? "-" : discover.group(2);
        return prefix + "python3 -B -c '" + UNITTEST_REST + "' " + start + " " + top + " " + String.join(" ", covering);
    }

    /** unittest's discovery, less the named modules' tests ({@code tests.test_x}, or {@code test_x} below the start folder). */
    private static final String UNITTEST_REST = "import sys, unittest; start, top, done = sys.argv[1], sys.argv[2], sys.argv[3:]; "
            + "flat = lambda s: [x for t in s for x in (flat(t) if isinstance(t, unittest.TestSuite) else [t])]; "
            + "covered = lambda t: any(d == type(t).__module__ or d.endswith(\".\" + type(t).__module__) for d in done); "
            + "found = unittest.defaultTestLoader.discover(start, top_level_dir=None if top == \"-\" else top); "
            + "r = unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite(t for t in flat(found) if not covered(t))); "
            + "sys.exit(0 if r.wasSuccessful() else 1)";

    /** The covering test modules alone, with the whole suite's runner and path ({@code tests.test_x}: a module name). */
    static String pythonCovering(String whole, List<String> covering) {
        String prefix = whole.startsWith(PythonLayout.PATH_PREFIX) ? PythonLayout.PATH_PREFIX : "";
        if (whole.contains("-m pytest")) {
            return prefix + "python3 -B -m pytest -q -p no:cacheprovider " + String.join(" ", covering.stream().map(m -> m.replace('.', '/') + ".py").toList());
        }
        return prefix + "python3 -B -m unittest -q " + String.join(" ", covering);
    }
}
