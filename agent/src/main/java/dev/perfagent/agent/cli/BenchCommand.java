package dev.perfagent.agent.cli;

import dev.perfagent.agent.bench.Bench;
import dev.perfagent.agent.bench.BenchRequest;
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
                + "Exit code 0 when every task ran, 4 when some were skipped or left out (the scores are over those that ran),"
                + " 2 on bad input, 3 when attempts failed inside perfagent (rerun to retry them).")
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

    @Option(names = "--json", description = "print summary.json to stdout instead of the text report")
    boolean json;

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
        Shard slice;
        try {
            slice = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path storeFile = store != null ? store
                : Path.of(".perfagent", "bench", suite.toAbsolutePath().normalize().getFileName() + "-" + model.replaceAll("[^A-Za-z0-9._-]", "_") + ".db");
        BenchRequest request = new BenchRequest(suite, loader, model, strategy, attempts, jobs, slice, storeFile,
                Optional.ofNullable(exportDir), measure.toOptions());
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Interruption.started("rerun the same command to resume: finished attempts are kept in " + storeFile);
        try {
            Bench.Report report = Bench.run(request, sandboxOptions::open, json ? new PrintWriter(Writer.nullWriter()) : out, err);
            if (json) {
                out.println(Files.readString(request.summaryFile()).strip());
                out.flush();
            }
            writeHtml(request, json ? new PrintWriter(Writer.nullWriter()) : out);
            if (report.outcome().failures() > 0) return ExitCode.INTERNAL;
            return report.incomplete() > 0 ? ExitCode.INCOMPLETE : ExitCode.OK;
        } catch (SQLException e) {
            throw new UserError("store " + storeFile + " cannot be used: " + e.getMessage());
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
