package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.sandbox.Sandbox;

import java.util.concurrent.locks.ReadWriteLock;

/**
 * What a runner gets from bench.
 *
 * @param phases the lock every evaluator of this run shares: measurements hold its write lock, so one runs at a time
 *               and alone, while builds and correctness runs of other tasks overlap (read lock)
 * @param runs   where runners that keep a trajectory per attempt put it (beside the store)
 * @param env    the environment (API keys) model runners read
 * @param gsoIterations runs of each GSO performance test per tree (GSO runs 5)
 * @param loop  how agent-loop attempts run (model server, judge, width, budgets)
 */
public record RunnerContext(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, String strategy,
                            java.nio.file.Path runs, java.util.Map<String, String> env, int gsoIterations, LoopSettings loop) {
    public RunnerContext(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, String strategy,
                         java.nio.file.Path runs, java.util.Map<String, String> env) {
        this(sandbox, options, phases, strategy, runs, env, dev.perfagent.agent.bench.gso.GsoHarness.GSO_ITERATIONS, LoopSettings.defaults());
    }

    public RunnerContext(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, String strategy) {
        this(sandbox, options, phases, strategy, java.nio.file.Path.of(".perfagent", "bench-runs"), System.getenv());
    }
}
