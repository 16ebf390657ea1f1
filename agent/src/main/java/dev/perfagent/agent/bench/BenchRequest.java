package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.EvaluatorOptions;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code perfagent bench} invocation, flags resolved.
 *
 * @param repos         where repository tasks' clones are (GSO: {@code owner__name}, a clone or a bare mirror)
 * @param gsoIterations runs of each GSO performance test per tree
 * @param loop          how agent-loop attempts run: the model server, the judge, the width, the budgets
 */
public record BenchRequest(Path suite, String loader, String model, String strategy, int attempts, int jobs, Shard shard,
                           Path store, Optional<Path> exportDir, EvaluatorOptions options, Optional<Path> repos, int gsoIterations,
                           LoopSettings loop) {

    public BenchRequest(Path suite, String loader, String model, String strategy, int attempts, int jobs, Shard shard,
                        Path store, Optional<Path> exportDir, EvaluatorOptions options) {
        this(suite, loader, model, strategy, attempts, jobs, shard, store, exportDir, options, Optional.empty(),
                dev.perfagent.agent.bench.gso.GsoHarness.GSO_ITERATIONS, LoopSettings.defaults());
    }

    /** Where summary.json goes when no export folder is given: beside the store, named after it. */
    public Path summaryFile() {
        String name = store.getFileName().toString().replaceFirst("\\.db$", "");
        return exportDir.map(d -> d.resolve("summary.json")).orElse(store.resolveSibling(name + ".summary.json"));
    }
}
