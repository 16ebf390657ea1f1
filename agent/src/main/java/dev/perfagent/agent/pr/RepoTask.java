package dev.perfagent.agent.pr;

import dev.perfagent.datasets.BuildSpec;
import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.datasets.Workload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code repo} task for the agent loop, made from the PR's head checkout: one changed file editable, built as the
 * benchmarks were, judged by the repository's tests, timed by the benchmark commands.
 *
 * <p>For Maven the tests run inside the build ({@code mvn package} without {@code -DskipTests}): the evaluator runs a
 * judge command over a read-only workspace, and Maven must write {@code target/}. A candidate that breaks a test
 * then ends BUILD_FAILED, which is never suggested either.
 */
final class RepoTask {
    private RepoTask() {
    }

    static Optional<Language> language(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".java")) return Optional.of(Language.JAVA);
        if (p.endsWith(".py")) return Optional.of(Language.PYTHON);
        if (p.endsWith(".c") || p.endsWith(".h")) return Optional.of(Language.C);
        if (p.endsWith(".cpp") || p.endsWith(".cc") || p.endsWith(".cxx") || p.endsWith(".hpp")) return Optional.of(Language.CPP);
        return Optional.empty();
    }

    /**
     * @param testCommand the user's {@code --test}; required except for Maven, whose build runs the tests
     * @param workload    the command that is timed (the benchmark commands, one after another)
     */
    static Task of(Path head, Path taskDir, ChangedCode target, Language language, BuildPlan build, Optional<String> testCommand,
                   String workload, Duration runTimeout) {
        BuildSpec buildSpec = build.maven()
                ? new BuildSpec(build.command().filter(c -> !c.equals(BuildPlan.MAVEN_PACKAGE)), List.of(), "maven")
                : new BuildSpec(build.command(), List.of(), "javac");
        // the maven tool's default build is package with -DskipTests; tests must run, so give the command whole
        if (build.maven() && buildSpec.command().isEmpty()) {
            buildSpec = new BuildSpec(Optional.of("mvn -q -o -B -Dstyle.color=never package -Dmaven.repo.local="
                    + CheckoutRunner.M2.resolve("repository")), List.of(), "maven");
        }
        Judge judge = Judge.defaults().withTolerance(1e-6).withCommand(testCommand.orElse("true"));
        String description = "This pull request changed " + target.name() + " in " + target.path() + " (" + target.lines()
                + " of the head commit). Make it faster without changing its behaviour: the repository's tests ("
                + testCommand.orElse("run by the Maven build") + ") must still pass; the time of `" + workload + "` is measured.";
        return Task.of(taskDir, "pr-" + slug(target.name()), language, TaskKind.REPO, head).withDescription(description)
                .withSources(TaskYaml.listFiles(head).stream().filter(f -> !f.equals(".git") && !f.startsWith(".git/")).toList())
                .withEditable(List.of(target.path())).withBuild(buildSpec).withJudge(judge)
                .withWorkload(Workload.defaults().withCommand(workload)).withLimits(new TaskLimits(runTimeout, 4096L * 1024 * 1024));
    }

    /**
     * The head as it is, to be profiled on the benchmark workload: built as the benchmarks were (Maven without its
     * tests: a profile needs the program, not the test verdict), nothing to judge.
     */
    static Task probe(Path head, Path taskDir, Language language, BuildPlan build, String workload, Duration runTimeout) {
        BuildSpec buildSpec = new BuildSpec(build.command(), List.of(), build.maven() ? "maven" : "javac");
        Judge judge = Judge.defaults().withTolerance(1e-6).withCommand("true");
        List<String> files = TaskYaml.listFiles(head).stream().filter(f -> !f.equals(".git") && !f.startsWith(".git/")).toList();
        return Task.of(taskDir, "pr-profile-" + language.id(), language, TaskKind.REPO, head)
                .withDescription("The pull request's head, profiled on its benchmarks (`" + workload + "`)").withSources(files)
                .withEditable(files.stream().filter(f -> language(f).equals(Optional.of(language))).toList()).withBuild(buildSpec)
                .withJudge(judge).withWorkload(Workload.defaults().withCommand(workload)).withLimits(new TaskLimits(runTimeout, 4096L * 1024 * 1024));
    }

    static String slug(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "").replaceAll("-+$", "");
        return s.isEmpty() ? "code" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
