package dev.perfagent.agent.bench;

import dev.perfagent.datasets.loaders.Environment;
import dev.perfagent.datasets.loaders.LoadContext;
import dev.perfagent.datasets.loaders.LoadedSuite;
import dev.perfagent.datasets.loaders.RecordProblem;
import dev.perfagent.datasets.loaders.SuiteEntry;
import dev.perfagent.datasets.loaders.SuiteNotFoundException;
import dev.perfagent.datasets.loaders.TaskLoader;
import dev.perfagent.datasets.loaders.TaskLoaders;
import dev.perfagent.evaluators.metrics.AttemptStatus;
import dev.perfagent.evaluators.metrics.SuiteMetrics;
import dev.perfagent.evaluators.metrics.SuiteSummary;
import dev.perfagent.evaluators.metrics.TaskScore;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * perfagent bench, front-end free: load the suite, bind the store, run what is missing, score, export. The CLI and
 * tests call it; a GitHub Action could too.
 */
public final class Bench {

    /**
     * @param incomplete tasks of the slice that were skipped or could not be set up, plus malformed records and
     *                   attempts that failed inside perfagent: anything that keeps the run from covering the suite
     * @param allFailed  no attempt of the slice was evaluated and some failed (the model cannot be reached, every
     *                   task's setup failed): the run says nothing about the candidates
     */
    public record Report(BenchConfig config, SuiteSummary summary, List<TaskScore> scores, List<RecordProblem> problems,
                         BenchRun.Outcome outcome, int incomplete, boolean allFailed) {
    }

    private Bench() {
    }

    public static Report run(BenchRequest request, Supplier<Sandbox> sandboxes, PrintWriter out, PrintWriter err)
            throws BenchInputException, StoreMismatchException, SQLException, InterruptedException, IOException {
        return run(request, sandboxes, System.getenv(), out, err);
    }

    public static Report run(BenchRequest request, Supplier<Sandbox> sandboxes, java.util.Map<String, String> env, PrintWriter out, PrintWriter err)
            throws BenchInputException, StoreMismatchException, SQLException, InterruptedException, IOException {
        return run(request, sandboxes, java.util.Optional.empty(), env, out, err);
    }

    /**
     * @param instances with {@code --sandbox container}: the sandboxes of GSO instances' own images, checked (or pulled)
     *                  before any attempt and stopped with the run
     * @param env       the environment model runners read their API keys from
     */
    public static Report run(BenchRequest request, Supplier<Sandbox> sandboxes, java.util.Optional<InstanceSandboxes> instances,
                             java.util.Map<String, String> env, PrintWriter out, PrintWriter err)
            throws BenchInputException, StoreMismatchException, SQLException, InterruptedException, IOException {
        TaskLoader loader;
        try {
            loader = TaskLoaders.named(request.loader());
        } catch (TaskLoaders.UnknownLoaderException e) {
            throw new BenchInputException(e.getMessage());
        }
        Path workDir = Files.createTempDirectory("perfagent-bench-");
        try {
            LoadedSuite suite;
            try {
                suite = loader.load(request.suite(), new LoadContext(workDir, Environment.probe(), request.repos()));
            } catch (SuiteNotFoundException e) {
                throw new BenchInputException(e.getMessage());
            }
            for (RecordProblem p : suite.problems()) err.println("bench: left out: " + p);
            if (suite.entries().isEmpty()) {
                throw new BenchInputException("no usable task in " + request.suite() + " (" + suite.problems().size() + " record(s) left out, listed above)");
            }
            BenchConfig config = new BenchConfig(suite.identity(), suite.name(), loader.name(), request.model(), request.strategy(),
                    request.attempts(), request.options().plan().threshold());
            List<SuiteEntry> slice = request.shard().select(suite.entries(), SuiteEntry::id);
            if (instances.isPresent()) {
                instances.get().check(slice.stream().flatMap(e -> e.task().stream())
                        .flatMap(t -> dev.perfagent.datasets.loaders.GsoInstance.of(t).stream()).toList());
            }
            try (InstanceSandboxes perImage = instances.orElse(null);
                 // per-image sandboxes run every GSO instance: the suite's own (--image may be a pattern) is not opened
                 Sandbox sandbox = instances.isPresent() ? null : sandboxes.get();
                 AttemptRunner runner = runner(request, sandbox, perImage, env);
                 StoreLock lock = StoreLock.acquire(request.store());
                 BenchStore store = BenchStore.open(request.store())) {
                store.bind(config);
                store.bindShard(request.shard(), suite.entries().stream().map(SuiteEntry::id).toList());
                out.printf("bench: %s; shard %s: %d of %d task(s) × %d attempt(s); store %s%n", config, request.shard(), slice.size(),
                        suite.entries().size(), request.attempts(), request.store());
                out.println(request.jobs() == 1 ? "bench: --jobs 1: one task at a time"
                        : "bench: --jobs " + request.jobs() + ": builds and correctness checks of " + request.jobs()
                        + " tasks overlap; each measurement holds a shared lock and runs alone, nothing else beside it");
                out.flush();
                BenchRun.Outcome outcome = new BenchRun(store, runner, request.attempts(), request.jobs(), request.shard(), err).run(slice);
                List<AttemptResult> attempts = store.attempts();
                // the slice's tasks are the denominator: a task with no row (it failed inside perfagent) still counts
                List<String> sliceIds = slice.stream().map(SuiteEntry::id).toList();
                var outcomes = attempts.stream().map(AttemptResult::outcome).toList();
                SuiteSummary summary = SuiteMetrics.summarize(sliceIds, outcomes);
                List<TaskScore> scores = SuiteMetrics.scores(sliceIds, outcomes);
                out.print(SummaryTable.render(config, summary));
                SummaryTable.notRun(out, scores);
                if (!suite.problems().isEmpty()) out.println("  left out: " + suite.problems().size() + " malformed record(s) (listed on stderr)");
                Path summaryFile = request.summaryFile();
                if (request.exportDir().isPresent()) {
                    BenchExports.writeAll(request.exportDir().get(), config, summary, scores, attempts, suite.problems());
                    out.println("bench: wrote summary.json, predictions.jsonl, tasks.csv to " + request.exportDir().get());
                } else {
                    BenchExports.summaryJson(summaryFile, config, summary, suite.problems());
                    out.println("bench: wrote " + summaryFile);
                }
                out.flush();
                long notRun = attempts.stream().filter(a -> a.status() != AttemptStatus.DONE).count();
                int incomplete = (int) notRun + suite.problems().size() + outcome.failures();
                boolean anyDone = attempts.stream().anyMatch(a -> a.status() == AttemptStatus.DONE);
                boolean anyFailed = outcome.failures() > 0 || attempts.stream().anyMatch(a -> a.status() == AttemptStatus.ERROR);
                return new Report(config, summary, scores, suite.problems(), outcome, incomplete, !anyDone && anyFailed);
            }
        } finally {
            deleteTree(workDir);
        }
    }

    private static AttemptRunner runner(BenchRequest request, Sandbox sandbox, InstanceSandboxes instances, java.util.Map<String, String> env) throws BenchInputException {
        try {
            return AttemptRunners.forModel(request.model(), new RunnerContext(sandbox, request.options(), new ReentrantReadWriteLock(true), request.strategy(),
                    request.store().resolveSibling(request.store().getFileName() + ".runs"), env, request.gsoIterations(), request.loop(), instances));
        } catch (IllegalArgumentException e) {
            throw new BenchInputException(e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
