package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.EvaluatorOptions;

import java.nio.file.Path;
import java.util.Optional;

/** One {@code perfagent bench} invocation, flags resolved. */
public record BenchRequest(Path suite, String loader, String model, String strategy, int attempts, int jobs, Shard shard,
                           Path store, Optional<Path> exportDir, EvaluatorOptions options) {

    /** Where summary.json goes when no export folder is given: beside the store, named after it. */
    public Path summaryFile() {
        String name = store.getFileName().toString().replaceFirst("\\.db$", "");
        return exportDir.map(d -> d.resolve("summary.json")).orElse(store.resolveSibling(name + ".summary.json"));
    }
}
