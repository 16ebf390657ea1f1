package dev.perfagent.agent.repo;

import dev.perfagent.agent.loop.ProfileSource;
import dev.perfagent.agent.loop.Replay;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.Workload;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.JmhBenchmarks;
import dev.perfagent.evaluators.OriginalCheck;
import dev.perfagent.evaluators.jmh.JmhBenchmarkId;
import dev.perfagent.evaluators.jmh.JmhCommand;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.prompts.HotFrame;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.profile.Profile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Repository mode, end to end: copy the repository into the run folder, profile its benchmark, make the hottest
 * methods' files the editable files of a {@code repo} task, run the ordinary optimize loop on it, profile the best
 * version again for the report, and return. Nothing here writes to the user's repository; delivering the patch is
 * {@link PatchDelivery}'s, when asked.
 */
public final class RepoOptimize {
    /** A failure the user can fix (no hot method found, nothing to edit); one line. */
    public static final class RepoException extends Exception {
        public RepoException(String message) {
            super(message);
        }
    }

    /** What the run found, for the command line and tests. */
    public record Result(RunSummary summary, Task task, List<Target> targets, Profile before, Optional<Profile> after, Path runDir) {
    }

    private final Sandbox sandbox;
    private final OptimizeRun.Makers makers;
    private final dev.perfagent.agent.loop.Progress progress;
    private final PrintWriter log;

    public RepoOptimize(Sandbox sandbox, OptimizeRun.Makers makers, dev.perfagent.agent.loop.Progress progress, PrintWriter log) {
        this.sandbox = sandbox;
        this.makers = makers;
        this.progress = progress;
        this.log = log;
    }

    /**
     * @param defaultTest whether {@code setup.test()} is the detected default (then covering tests run first)
     * @param budgetGiven whether the user set the timing budget (else it is sized from one run of the benchmark)
     */
    public Result run(RepoSetup setup, boolean defaultTest, boolean budgetGiven, RunSettings settings, String runId, Path runDir)
            throws TaskSetupException, RepoException {
        Path copy = runDir.resolve("source");
        List<String> files = RepoFiles.list(setup.dir());
        try {
            Files.createDirectories(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RepoFiles.copy(setup.dir(), files, copy);
        List<String> editableAll = files.stream().filter(setup::mayEdit).toList();
        if (editableAll.isEmpty()) throw new RepoException("no " + setup.language().id() + " source file in " + setup.dir() + " may be edited (tests, build files and the benchmark are not)");

        long t0 = System.nanoTime();
        SourceIndex index = SourceIndexes.of(setup.language(), copy, files);
        List<NamedTargets.Named> named = NamedTargets.resolve(setup, files, index);
        Workload workload = workload(setup, RepoTask.of(setup, runDir, copy, files, editableAll, setup.test(), ""));
        Task probe = RepoTask.of(setup, workload, runDir, copy, files, editableAll, setup.test(), "");
        log.printf("checking the original: build, tests (%s), benchmark once%n", MavenFlags.shown(setup.test()));
        log.flush();
        OriginalCheck.Ground ground = GroundCheck.check(sandbox, probe, setup);
        MeasuringBudget budget = MeasuringBudget.size(ground.benchmark().toNanos() / 1e9, settings.measureBudget(), budgetGiven);
        settings = settings.withMeasureBudget(budget.seconds());
        log.printf("original: built in %.1f s, %s in %.1f s; %s%n", ground.build().toNanos() / 1e9,
                ground.testsRun().isPresent() ? ground.testsRun().getAsInt() + " test(s) passed" : "tests passed",
                ground.tests().toNanos() / 1e9, budget.note());
        RepoProfiles profiles = new RepoProfiles(sandbox);
        RepoProfiles.Taken taken;
        if (!settings.profile() && !named.isEmpty()) {
            log.printf("not profiling (--no-profile): editing what --target names%n");
            Profile none = Profile.unavailable("none", "not profiled (--no-profile)");
            taken = new RepoProfiles.Taken(none, none, none);
        } else {
            if (!settings.profile()) {
                log.printf("--no-profile: the original is still profiled once, to find what to edit; name it with --target FILE[:FUNCTION] (or repo.targets) to skip that%n");
            }
            log.printf("profiling the benchmark: %s%n", setup.workloadLabel());
            log.flush();
            taken = profiles.take(probe, Candidate.original(), index);
            if (taken.cpu().isEmpty()) {
                throw new RepoException("the benchmark could not be profiled: " + taken.cpu().problem().orElse("nothing was sampled"));
            }
        }
        List<Target> targets;
        List<String> editable;
        if (!named.isEmpty()) {
            List<String> namedFiles = NamedTargets.files(named);
            List<Target> ranked = taken.repoCpu().isEmpty() ? List.of() : Targeting.rank(taken.repoCpu(), index, namedFiles::contains);
            targets = NamedTargets.targets(named, ranked, index, setup.targets());
            editable = namedFiles;
        } else {
            List<Target> ranked = Targeting.rank(taken.repoCpu(), index, setup::mayEdit);
            targets = Targeting.top(ranked, setup.targets());
            if (targets.isEmpty()) {
                throw new RepoException("the profile shows no hot method in the repository's editable code; top frames: "
                        + String.join(", ", taken.cpu().top(3).stream().map(f -> f.frame()).toList())
                        + "; name what to optimize with --target FILE[:FUNCTION] or repo.targets");
            }
            editable = Targeting.files(targets);
        }
        String noCovering = "none found, whole suite";
        List<String> covering = switch (setup.language()) {
            case JAVA -> CoveringTests.forJava(copy, files, editable);
            case PYTHON -> CoveringTests.forPython(copy, files, editable);
            case C, CPP, CUDA -> {
                if (!defaultTest) yield List.of();
                if (setup.buildSystem() != BuildSystem.CMAKE) {
                    noCovering = "none: `" + setup.test() + "` runs the suite as one command, whole suite";
                    yield List.of();
                }
                NativeCoveringTests.Found found = NativeCoveringTests.forCtest(copy, files, index, changedFunctions(targets, index, editable));
                log.printf("covering ctest tests %s%n", found.how());
                noCovering = "none found (" + found.how() + "), whole suite";
                yield found.tests();
            }
        };
        String test = RepoTask.staged(setup, covering, defaultTest);
        if (setup.language() == dev.perfagent.datasets.Language.PYTHON && setup.jmh().isEmpty()) {
            Optional<PythonReplay.Recording> rec = PythonReplay.record(sandbox, probe, setup.bench(), targets, copy);
            if (rec.isPresent()) {
                test = test + " && " + rec.get().checkCommand(PythonLayout.prefix(setup.dir(), files));
                log.printf("recorded %d call(s) of the targets for replay (%d not recordable): each candidate replays them after its tests%n",
                        rec.get().calls(), rec.get().skipped());
            } else {
                log.printf("no call of the targets could be recorded for replay; the tests alone check behaviour%n");
            }
        }
        if (setup.language() == dev.perfagent.datasets.Language.JAVA && setup.jmh().isEmpty()) {
            JavaReplay.Attempt rec = JavaReplay.record(sandbox, probe, setup.bench(), targets, copy);
            if (rec.recording().isPresent()) {
                test = test + " && " + rec.recording().get().checkCommand();
                log.printf("recorded %d call(s) of the targets for replay (%d not recordable%s): each candidate replays them after its tests%n",
                        rec.recording().get().calls(), rec.recording().get().skipped(), rec.problem().isEmpty() ? "" : "; " + rec.problem());
            } else {
                log.printf("no call of the targets could be recorded for replay (%s); the tests alone check behaviour%n", rec.problem());
            }
        }
        String context = TargetContext.render(setup, targets, index, taken.allocation(), taken.repoCpu());
        Task task = RepoTask.of(setup, workload, runDir, copy, files, editable, test, context);
        writeText(runDir.resolve("profile-before.txt"), taken.cpu().summary(15) + "\n\n" + taken.repoCpu().summary(15)
                + (taken.allocation().isEmpty() ? "" : "\n\n" + taken.allocation().summary(10)) + "\n");
        writeText(runDir.resolve("targets.txt"), context);
        log.printf("profiled in %.1f s; editing %s (tests first: %s)%n", (System.nanoTime() - t0) / 1e9, String.join(", ", editable),
                !defaultTest ? "none: the test command given runs whole" : covering.isEmpty() ? noCovering : String.join(", ", covering));
        log.flush();

        List<HotFrame> originalFrames = taken.cpu().top(10).stream().map(f -> new HotFrame(f.frame(), f.selfPercent(), f.totalPercent())).toList();
        OptimizeRun.Makers repoMakers = makers
                .withPrompts(new ExcerptingPrompts(makers.prompts(), index, targets, setup.maxPromptChars()))
                .withProfiles((sb, s) -> profileSource(makers.profiles().apply(sb, s), originalFrames))
                .withAdvisors((sb, s) -> dev.perfagent.agent.loop.Advisor.NONE);
        RunSummary summary = new OptimizeRun(sandbox, repoMakers, progress).run(task, settings, runId, runDir, Replay.none());

        Optional<Profile> after = settings.profile()
                ? summary.best().map(b -> profiles.cpu(task, Candidate.of(b.id(), b.files(), "best"))) : Optional.empty();
        after.ifPresent(p -> writeText(runDir.resolve("profile-after.txt"), p.summary(15) + "\n"));
        appendToReport(runDir, targets, taken.cpu(), after);
        return new Result(summary, task, targets, taken.cpu(), after, runDir);
    }

    /** The targeted functions' names, or with none (files named without functions) every function of the editable files. */
    private static List<String> changedFunctions(List<Target> targets, SourceIndex index, List<String> editable) {
        if (!targets.isEmpty()) return targets.stream().map(t -> t.method().name()).distinct().toList();
        return index.methods().stream().filter(m -> editable.contains(m.file())).map(SourceMethod::name).distinct().toList();
    }

    /**
     * The benchmark command, or for {@code --jmh} the benchmarks jar's run: the original is built once to find the
     * jar and list what the regex selects, so a regex that selects nothing fails here, before any profiling.
     */
    private Workload workload(RepoSetup setup, Task probe) throws TaskSetupException, RepoException {
        if (setup.jmh().isEmpty()) return probe.workload();
        RepoJmh jmh = setup.jmh().get();
        log.printf("building the JMH benchmarks (%s) to list those matching %s%n", setup.build().orElse("the default build"), jmh.regex());
        log.flush();
        JmhBenchmarks.Found found = JmhBenchmarks.discover(sandbox, probe, jmh.regex());
        if (found.benchmarks().isEmpty()) {
            throw new RepoException("no JMH benchmark in " + found.jar() + " matches --jmh " + jmh.regex()
                    + (found.all().isEmpty() ? "; the jar holds none" : "; it holds: " + found.all()));
        }
        log.printf("JMH: %d benchmark(s) in %s: %s%n", found.benchmarks().size(), found.jar(),
                String.join(", ", found.benchmarks().stream().map(JmhBenchmarkId::name).toList()));
        return Workload.jmh(JmhCommand.printingJson(found.jar(), jmh.regex(), jmh.args()));
    }

    /** The original's profile is already taken; the loop profiles only the versions that become the best. */
    private static ProfileSource profileSource(ProfileSource later, List<HotFrame> original) {
        return (task, id, files) -> files.isEmpty() ? original : later.hotFrames(task, id, files);
    }

    private static void appendToReport(Path runDir, List<Target> targets, Profile before, Optional<Profile> after) {
        StringBuilder b = new StringBuilder("\n## Repository mode\n\nTargets (hot methods whose files were editable):\n\n");
        for (Target t : targets) {
            b.append(String.format(java.util.Locale.ROOT, "- `%s` %.1f%% self, %.1f%% total (%s)%n", t.method().key(), t.selfPercent(), t.totalPercent(), t.method().where()));
        }
        b.append("\nProfile before (original):\n\n```\n").append(before.summary(8)).append("\n```\n");
        after.ifPresent(p -> b.append("\nProfile after (best candidate):\n\n```\n").append(p.summary(8)).append("\n```\n"));
        Path report = runDir.resolve("report.md");
        try {
            Files.writeString(report, b.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
