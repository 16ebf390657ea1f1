package dev.perfagent.agent.cli;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.loop.Replay;
import dev.perfagent.agent.loop.Strategy;
import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.loop.TrajectoryEvent;
import dev.perfagent.agent.report.RunReport;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.RunFolder;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.datasets.Task;
import dev.perfagent.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfagent optimize}: search for a verified faster version of a task's code. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Search for a faster version of a task's code: propose, judge in the sandbox, keep what is verified faster.%n"
                + "Writes .perfagent/runs/<run>/ (trajectory.jsonl, best.patch, summary.json, report.md, report.html).%n"
                + "Exit code 0 when a verified improvement was found, 1 when none was (or the model failed), 2 on bad input.")
public final class OptimizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--task", paramLabel = "DIR", description = "task folder (holding task.yaml)")
    Path task;

    @Option(names = "--model", paramLabel = "NAME", description = "rules (offline, the default without an API key), expert, replay:FILE, "
            + "openai:MODEL, anthropic:MODEL, gemini:MODEL, ollama:MODEL, openai-compatible:MODEL (with --base-url)")
    String model;

    @Option(names = "--strategy", paramLabel = "NAME", description = "refine (default), best-of-n, evolve, coder-judge (kernels: a judge reads the Nsight metrics and names the next change)")
    String strategy;

    @Option(names = "--threshold", paramLabel = "X", description = "speedup the interval's lower bound must clear for IMPROVED (default 1.05)")
    Double threshold;

    @Option(names = "--budget", paramLabel = "DURATION", converter = Durations.Seconds.class,
            description = "most time spent timing one candidate: 30s, 2m, or seconds (default 30s)")
    Double measureBudget;

    @Option(names = "--max-runs", paramLabel = "N", description = "most timed runs per side (default 60)")
    Integer maxRuns;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the search, the run order and the bootstrap (default 1)")
    Long seed;

    @Option(names = "--measure", paramLabel = "WHAT", description = "time (default), or instructions (adds callgrind counts for C/C++)")
    String measure;

    @Option(names = {"--out", "--runs-dir"}, paramLabel = "DIR", description = "where runs are kept, one folder each (default .perfagent/runs)")
    Path runsDir;

    @Option(names = "--json", description = "print the run's summary.json to stdout instead of the text summary")
    boolean json;

    @Option(names = "--run-id", paramLabel = "ID", description = "name of a new run (default: time and task)")
    String runId;

    @Option(names = "--resume", paramLabel = "RUN", description = "continue an interrupted run (its id or folder) without redoing finished evaluations")
    String resume;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (default ./perfagent.yaml when present)")
    Path config;

    @Option(names = "--repo", paramLabel = "DIR", description = "optimize a repository (Maven, Make/CMake, Python) with its own tests and benchmark; "
            + "the default when there is no --task and ./perfagent.yaml has a repo: section (perfagent init writes one)")
    Path repo;

    @Option(names = "--bench", paramLabel = "COMMAND", description = "repository mode: the benchmark command to time and profile (default: repo.bench in perfagent.yaml, or the one detected)")
    String bench;

    @Option(names = "--jmh", paramLabel = "REGEX", description = "repository mode: time the JMH benchmarks of the build's benchmarks jar that REGEX selects, "
            + "one fork per sample, instead of a --bench command (default: repo.jmh in perfagent.yaml)")
    String jmh;

    @Option(names = "--jmh-args", paramLabel = "ARGS", description = "repository mode: JMH options of every fork (default: "
            + dev.perfagent.agent.repo.RepoJmh.DEFAULT_ARGS + ")")
    String jmhArgs;

    @Option(names = "--test", paramLabel = "COMMAND", description = "repository mode: the test command that must pass (default: mvn -q -o test, make test, ctest, python -m unittest)")
    String test;

    @Option(names = "--build", paramLabel = "COMMAND", description = "repository mode: the build command (default: offline Maven package, make, cmake)")
    String build;

    @Option(names = "--targets", paramLabel = "N", description = "repository mode: how many hot methods become editable (default 3)")
    Integer targets;

    @Option(names = "--target", paramLabel = "FILE[:FUNCTION]", description = "repository mode: what the model may edit, instead of the profile's "
            + "hottest methods; repeatable (default: repo.targets in perfagent.yaml, as a list)")
    java.util.List<String> target;

    @Option(names = "--apply", description = "repository mode: apply the verified best patch to the working tree (git apply)")
    boolean apply;

    @Option(names = "--branch", paramLabel = "NAME", description = "repository mode: commit the verified best patch on a new branch NAME, leaving your checkout as it is")
    String branch;

    /** The repository of a repository-mode run: --repo, or the current folder. */
    Path repoDir() {
        return repo != null ? repo : Path.of("");
    }

    @picocli.CommandLine.Mixin
    ModelOptions loop;

    @picocli.CommandLine.Mixin
    SandboxOptions sandboxOptions;

    @Override
    public Integer call() throws Exception {
        // on a terminal, one live line says what is going on between the progress lines
        try (StatusLine status = StatusLine.attach(spec.commandLine().getErr(), Environment.get())) {
            return optimize(status.lines());
        }
    }

    private Integer optimize(PrintWriter err) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (resume == null && task == null && (repo != null || RepoMode.looksLikeRepo(Path.of("")))) {
            return new RepoMode(this, out, err).run();
        }
        if (task != null && (repo != null || bench != null || jmh != null || apply || branch != null)) {
            throw new UserError("--task and repository options (--repo, --bench, --jmh, --apply, --branch) do not go together; give one or the other");
        }
        ConfigFile file = loadConfig();
        Path root = runsDir != null ? runsDir : file.text("runs-dir").map(Path::of).orElse(RunFolder.DEFAULT_ROOT);
        String id;
        Path runDir;
        RunSettings settings;
        Replay replay;
        if (resume != null) {
            runDir = RunFolder.locate(root, resume);
            Trajectory.Contents trajectory = Trajectory.read(runDir);
            Path trajectoryFile = runDir.resolve(Trajectory.FILE);
            TrajectoryEvent.RunStarted start = trajectory.start().orElseThrow(() -> new UserError("--resume " + resume
                    + ": no trajectory at " + trajectoryFile + "; give a run id or folder"));
            id = start.run() != null ? start.run() : runDir.getFileName().toString();
            settings = RunSettings.fromRunEvent(start);
            replay = Replay.of(trajectory);
            err.printf("resuming %s: %d evaluation(s) already done%n", id, replay.evaluations());
        } else {
            if (task == null) throw new UserError("--task DIR is needed (or --repo DIR for a repository, or --resume RUN); see perfagent optimize --help");
            settings = Settings.resolve(this, file, Environment.get());
            boolean moneyGiven = (loop.money != null || !file.at("budget.money").isMissingNode()) && settings.money() > 0;
            PriceCheck.check(settings.model(), Parts.prices(file), moneyGiven, err);
            id = runId != null ? runId : RunFolder.newId(TaskArgument.load(task).id());
            runDir = root.resolve(id);
            if (Files.exists(runDir.resolve(Trajectory.FILE))) {
                throw new UserError("run " + id + " already exists in " + root + "; continue it with --resume " + id + " or choose another --run-id");
            }
            replay = Replay.none();
        }
        Task t = TaskArgument.load(Path.of(settings.taskDir()));
        err.printf("optimizing %s with %s, strategy %s; run %s%n", t.id(), settings.model(), settings.strategy(), runDir);
        StatusLine.of(err).limit(java.time.Duration.ofSeconds(settings.wallSeconds()));
        Interruption.started("resume with: perfagent optimize --resume " + id + (runsDir != null ? " --out " + root : ""));
        try (Sandbox sandbox = sandboxOptions.open(t)) {
            OptimizeRun engine = new OptimizeRun(sandbox, Parts.makers(Environment.get(), file, err), Progress.lines(err));
            RunSummary s = engine.run(t, settings, id, runDir, replay);
            if (json) {
                out.println(Files.readString(runDir.resolve("summary.json")).strip());
            } else {
                out.println(RunReport.headline(s));
                // the progress lines already said why it stopped, unless -q silenced them
                if (quiet()) out.println("stopped: " + s.stopReason());
                out.println("report: " + runDir.resolve("report.md") + (s.bestPatch().isEmpty() ? "" : "   patch: " + runDir.resolve("best.patch")));
            }
            out.flush();
            if (s.failed()) return ExitCode.NOT_MET;
            return s.best().isPresent() ? ExitCode.OK : ExitCode.NOT_MET;
        }
    }

    private boolean quiet() {
        for (picocli.CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--quiet")) return true;
        }
        return false;
    }

    ConfigFile loadConfig() {
        try {
            return ConfigFile.load(Optional.ofNullable(config));
        } catch (ConfigFile.ConfigException e) {
            throw new UserError(e.getMessage());
        }
    }
}
