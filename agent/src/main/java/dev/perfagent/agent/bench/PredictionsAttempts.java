package dev.perfagent.agent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.bench.gso.GsoAttempts;
import dev.perfagent.agent.bench.gso.GsoHarness;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.evaluators.TaskSetupException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench --predictions FILE}: evaluates another agent's patches, given in the SWE-bench/GSO form (JSON lines
 * {@code instance_id}, {@code model_name_or_path}, {@code model_patch}), so that perfagent is the harness for
 * someone else's results. An instance without a prediction is skipped (not optimized, in every denominator).
 */
public final class PredictionsAttempts implements AttemptRunner {
    public static final String PREFIX = "predictions:";
    private final Map<String, String> patches;
    private final GsoHarness harness;

    PredictionsAttempts(Map<String, String> patches, GsoHarness harness) {
        this.patches = patches;
        this.harness = harness;
    }

    @Override
    public AttemptResult run(Task task, int attempt) throws TaskSetupException {
        Optional<GsoInstance> instance = GsoInstance.of(task);
        if (instance.isEmpty()) return AttemptResult.skipped(task.id(), attempt, "predictions are evaluated on GSO instances only (--loader gso)");
        String patch = patches.get(task.id());
        if (patch == null) return AttemptResult.skipped(task.id(), attempt, "no prediction for this instance in the predictions file");
        return GsoAttempts.evaluate(harness, instance.get(), attempt, patch);
    }

    /** instance_id → model_patch; a malformed file is the user's mistake, said in one line. */
    static Map<String, String> read(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        java.util.List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--predictions " + file + " cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode n;
            try {
                n = json.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not valid JSON; predictions are JSON lines with instance_id, model_name_or_path, model_patch");
            }
            if (n == null || !n.path("instance_id").isTextual() || !n.has("model_patch")) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": needs instance_id and model_patch (the SWE-bench/GSO predictions form)");
            }
            out.put(n.get("instance_id").asText(), n.get("model_patch").isNull() ? "" : n.get("model_patch").asText());
        }
        return out;
    }

    /** Serves {@code predictions:FILE}, the model name {@code bench --predictions FILE} runs under. */
    public static final class Provider implements AttemptRunnerProvider {
        @Override
        public boolean serves(String model) {
            return model.startsWith(PREFIX);
        }

        @Override
        public AttemptRunner create(String model, RunnerContext context) {
            return new PredictionsAttempts(read(Path.of(model.substring(PREFIX.length()))),
                    context.gsoHarness());
        }
    }
}
