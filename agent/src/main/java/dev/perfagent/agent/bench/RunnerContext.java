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
 * @param instances with {@code --sandbox container}: each GSO instance's own image; null: every task runs in {@code sandbox}
 */
public record RunnerContext(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, String strategy,
                            java.nio.file.Path runs, java.util.Map<String, String> env, int gsoIterations, LoopSettings loop,
                            InstanceSandboxes instances) {
    /** The sandbox a GSO instance runs in: its image's under --sandbox container, else the suite's. */
    public Sandbox sandboxFor(dev.perfagent.datasets.loaders.GsoInstance instance) throws dev.perfagent.evaluators.TaskSetupException {
        return instances == null ? sandbox : instances.forInstance(instance);
    }

    /** GSO's harness for this run, each instance in {@link #sandboxFor its sandbox}. */
    public dev.perfagent.agent.bench.gso.GsoHarness gsoHarness() {
        return new dev.perfagent.agent.bench.gso.GsoHarness(this::sandboxFor, phases, gsoIterations);
    }
}
