package dev.perfagent.agent.bench;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.datasets.loaders.SuiteEntry;
import dev.perfagent.evaluators.TaskSetupException;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the attempts a store does not hold evaluated yet, {@code jobs} tasks at a time, and commits each attempt as it
 * finishes. Attempts stored as skipped or errored are tried again: the environment may have been fixed since.
 * Tasks that cannot run here get SKIPPED rows without calling the runner, so that a store always says what happened
 * to every task of its slice.
 */
public final class BenchRun {
    private final BenchStore store;
    private final AttemptRunner runner;
    private final int attempts;
    private final int jobs;
    private final String shard;
    private final PrintWriter err;

    /** What this run did: attempts run now, attempts found finished, and runner failures (not stored; retried on resume). */
    public record Outcome(int ran, int resumed, int failures) {
    }

    public BenchRun(BenchStore store, AttemptRunner runner, int attempts, int jobs, Shard shard, PrintWriter err) {
        this.store = store;
        this.runner = runner;
        this.attempts = attempts;
        this.jobs = jobs;
        this.shard = shard.toString();
        this.err = err;
    }

    public Outcome run(List<SuiteEntry> entries) throws SQLException, InterruptedException {
        Set<String> finished = store.finished();
        List<String> storedCategories = store.attempts().stream().filter(a -> a.status() == dev.perfagent.evaluators.metrics.AttemptStatus.DONE)
                .map(AttemptResult::category).toList();
        int resumed = 0;
        List<SuiteEntry> pending = new ArrayList<>();
        for (SuiteEntry e : entries) {
            int have = 0;
            for (int i = 0; i < attempts; i++) if (finished.contains(BenchStore.key(e.id(), i))) have++;
            resumed += have;
            if (have < attempts) pending.add(e);
        }
        Progress progress = new Progress(err, entries.size() * attempts, resumed, storedCategories);
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (SuiteEntry e : pending) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < attempts; i++) {
                        if (finished.contains(BenchStore.key(e.id(), i))) continue;
                        AttemptResult r = attempt(e, i, failures);
                        if (r == null) continue;
                        try {
                            store.record(r, shard);
                        } catch (SQLException ex) {
                            throw new IllegalStateException("cannot write to " + store.file() + ": " + ex.getMessage(), ex);
                        }
                        ran.incrementAndGet();
                        progress.finished(r);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    // only a store failure gets here; everything else was caught per attempt
                    throw new SQLException(ex.getCause().getMessage(), ex.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(ran.get(), resumed, failures.get());
    }

    private AttemptResult attempt(SuiteEntry e, int i, AtomicInteger failures) {
        if (e.task().isEmpty()) return AttemptResult.skipped(e.id(), i, e.skipReason().orElse("cannot run here"));
        Instant started = Instant.now();
        StatusLine.of(err).show("bench: " + e.id() + "#" + i + " running");
        try {
            return runner.run(e.task().get(), i);
        } catch (TaskSetupException ex) {
            return AttemptResult.error(e.id(), i, ex.getMessage(), started);
        } catch (RuntimeException ex) {
            failures.incrementAndGet();
            err.println("bench: " + e.id() + "#" + i + " failed inside perfagent (not recorded; a rerun tries it again): " + ex);
            err.flush();
            return null;
        }
    }
}
