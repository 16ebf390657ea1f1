package dev.perfagent.agent.cli;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.agent.bench.Bench;
import dev.perfagent.agent.bench.BenchRequest;
import dev.perfagent.agent.bench.LoopSettings;
import dev.perfagent.agent.bench.ContainerImages;
import dev.perfagent.agent.bench.InstanceSandboxes;
import dev.perfagent.sandbox.Sandboxes;
import dev.perfagent.agent.bench.Shard;
import dev.perfagent.agent.report.BenchHtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code perfagent bench}: a suite's tasks, attempt by attempt, into a resumable store; scores and exports. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run every task of a suite (native, PIE, KernelBench or GSO) and score it as the papers do.%n"
                + "Each finished attempt is committed to the SQLite --store at once: rerun the same command to resume.%n"
                + "Every share is over all tasks of the suite: a task that did not run counts as not optimized (speedup 1.0).%n"
                + "Exit code 0 when every task ran, 4 when some were skipped, errored or left out (a rerun retries them),"
                + " 2 on bad input, 3 when attempts failed inside perfagent or every attempt failed (e.g. the model cannot be reached).")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUITE", description = "the suite: a folder (or, for pie and gso, a JSON-lines file)")
    Path suite;

    @Option(names = "--loader", paramLabel = "NAME", defaultValue = "native", description = "native, pie, kernelbench or gso (default: ${DEFAULT-VALUE})")
    String loader;

    @Option(names = "--model", paramLabel = "M", defaultValue = "expert",
            description = "who proposes: expert (each task's own expert solution) or a model for the agent loop (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--strategy", paramLabel = "S", defaultValue = "refine", description = "the loop's search strategy, recorded with the run (default: ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--attempts", paramLabel = "K", defaultValue = "1", description = "independent attempts per task: the K of opt@K (default: ${DEFAULT-VALUE})")
    int attempts;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "tasks in parallel; measurements still run one at a time (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "0/1", description = "run only slice K of N (0-based) of the suite sorted by task id (default: ${DEFAULT-VALUE})")
    String shard;

    @Option(names = "--store", paramLabel = "FILE", description = "SQLite store of results (default: .perfagent/bench/SUITE-MODEL.db)")
    Path store;

    @Option(names = {"--out", "--export-dir"}, paramLabel = "DIR", description = "also write summary.json, predictions.jsonl and tasks.csv here")
    Path exportDir;

    @Option(names = "--repos", paramLabel = "DIR", description = "GSO: the folder holding the instances' repositories, "
            + "<owner>__<name> (a clone or a bare mirror, with or without .git)")
    Path repos;

    @Option(names = "--repo-url", paramLabel = "TEMPLATE", defaultValue = dev.perfagent.agent.bench.gso.GsoMirrors.DEFAULT_URL,
            description = "GSO: where a repository missing from --repos is cloned from, as a bare mirror DIR/<owner>__<name>.git;"
                    + " {repo} is owner/name, {owner} and {name} its parts (default: ${DEFAULT-VALUE})")
    String repoUrl;

    @Option(names = "--predictions", paramLabel = "FILE", description = "evaluate another agent's patches instead of a model: "
            + "JSON lines with instance_id, model_name_or_path, model_patch (the SWE-bench/GSO form)")
    Path predictions;

    @Option(names = "--gso-iterations", paramLabel = "N", defaultValue = "5", description = "GSO: runs of each performance test per tree (GSO runs 5; default: ${DEFAULT-VALUE})")
    int gsoIterations;

    @Option(names = "--pull", description = "GSO with --sandbox container: pull each instance's image from its registry first (needs the network);"
            + " without it a missing image stops the run, saying how to build it")
    boolean pull;

    @Option(names = "--json", description = "print summary.json to stdout instead of the text report")
    boolean json;

    @Mixin
    ModelOptions loop;

    @Mixin
    MeasureOptions measure;

    @Mixin
    SandboxOptions sandboxOptions;

    @Mixin
    ConfigOption configOption;

    @Override
    public Integer call() throws Exception {
        if (attempts < 1) throw new UserError("--attempts must be at least 1");
        if (jobs < 1) throw new UserError("--jobs must be at least 1");
        if (gsoIterations < 1) throw new UserError("--gso-iterations must be at least 1");
        if (repos != null && !java.nio.file.Files.isDirectory(repos)) throw new UserError("--repos " + repos + " is not a folder");
        if (predictions != null) {
            if (!java.nio.file.Files.isRegularFile(predictions)) throw new UserError("--predictions " + predictions + " does not exist");
            if (spec.commandLine().getParseResult().hasMatchedOption("--model")) {
                throw new UserError("--predictions evaluates the patches in the file; leave out --model");
            }
            model = dev.perfagent.agent.bench.PredictionsAttempts.PREFIX + predictions;
        }
        LoopSettings loopSettings = loop.toLoopSettings();
        checkModels(loopSettings);
        Shard slice;
        try {
            slice = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path storeFile = store != null ? store
                : Path.of(".perfagent", "bench", suite.toAbsolutePath().normalize().getFileName() + "-" + model.replaceAll("[^A-Za-z0-9._-]", "_") + ".db");
        BenchRequest request = new BenchRequest(suite, loader, model, strategy, attempts, jobs, slice, storeFile,
                Optional.ofNullable(exportDir), measure.toOptions(), Optional.ofNullable(repos), gsoIterations, loopSettings);
        var out = spec.commandLine().getOut();
        Optional<InstanceSandboxes> perImage = instanceSandboxes();
        StatusLine status = StatusLine.attach(spec.commandLine().getErr(), Environment.get());
        var err = status.lines();
        if (repos != null && loader.equals("gso")) {
            try {
                dev.perfagent.agent.bench.gso.GsoMirrors.fill(dev.perfagent.datasets.loaders.GsoLoader.repositories(suite), repos, repoUrl, err);
            } catch (dev.perfagent.datasets.loaders.SuiteNotFoundException e) {
                status.close();
                throw new UserError(e.getMessage());
            }
        }
        Interruption.started("rerun the same command to resume: finished attempts are kept in " + storeFile);
        try {
            Bench.Report report;
            try {
                report = Bench.run(request, sandboxOptions::open, perImage, Environment.get(), json ? new PrintWriter(Writer.nullWriter()) : out, err);
            } finally {
                status.close();
            }
            if (json) {
                out.println(Files.readString(request.summaryFile()).strip());
                out.flush();
            }
            writeHtml(request, json ? new PrintWriter(Writer.nullWriter()) : out);
            if (report.outcome().failures() > 0 || report.allFailed()) return ExitCode.INTERNAL;
            return report.incomplete() > 0 ? ExitCode.INCOMPLETE : ExitCode.OK;
        } catch (SQLException e) {
            throw new UserError("store " + storeFile + " cannot be used: " + e.getMessage());
        }
    }

    /** GSO under --sandbox container: each instance in its own image (--image, with {id}, or the record's). */
    private Optional<InstanceSandboxes> instanceSandboxes() {
        boolean container = "container".equals(sandboxOptions.kind);
        if (pull && !(container && loader.equals("gso"))) throw new UserError("--pull goes with --loader gso --sandbox container: it pulls the instances' images");
        if (!container || !loader.equals("gso")) return Optional.empty();
        return Optional.of(new InstanceSandboxes(Optional.ofNullable(sandboxOptions.image), pull, image -> Sandboxes.open("container", image),
                ContainerImages.DOCKER));
    }

    /** A model the agent loop runs is checked before the suite loads: a missing --base-url or API key is one line at once. */
    private void checkModels(LoopSettings l) {
        if (predictions != null) return;
        for (String m : l.judgeModel() == null ? java.util.List.of(model) : java.util.List.of(model, l.judgeModel())) {
            try {
                dev.perfagent.agent.propose.ModelSpec.parse(m);
            } catch (IllegalArgumentException e) {
                continue;   // not the loop's: another runner (or none, said when the run starts) serves it
            }
            try {
                dev.perfagent.agent.run.Proposers.check(m, l.baseUrl(), Environment.get());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    /** report.html beside summary.json: the metrics, a histogram of best speedups, one row per task (from tasks.csv). */
    private static void writeHtml(BenchRequest request, PrintWriter out) throws java.io.IOException {
        Path summary = request.summaryFile();
        if (!Files.isRegularFile(summary)) return;
        Path csv = summary.resolveSibling("tasks.csv");
        var tasks = Files.isRegularFile(csv) ? BenchHtmlReport.readCsv(Files.readAllLines(csv)) : java.util.List.<java.util.Map<String, String>>of();
        Path html = summary.resolveSibling(request.exportDir().isPresent() ? "report.html"
                : summary.getFileName().toString().replaceFirst("summary\\.json$", "report.html"));
        Files.writeString(html, BenchHtmlReport.render(new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile()), tasks));
        out.println("bench: wrote " + html + (tasks.isEmpty() ? " (metrics only: --out DIR adds the per-task table and the plot)" : ""));
        out.flush();
    }
}
