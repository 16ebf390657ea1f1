package dev.perfagent.agent.propose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Model names → proposers: {@code rules}, {@code expert}, {@code replay:FILE}, and the LLM providers
 * ({@code provider:model}). An unknown name is an {@link IllegalArgumentException} listing the valid ones.
 */
public final class Proposers {
    private Proposers() {
    }

    /** The offline rules when no API key is set. */
    public static String defaultModel(Map<String, String> env) {
        return "rules";
    }

    /** Checks a name before a run starts, so a typo fails at once and not after the baseline is built. */
    public static void check(String model, String baseUrl, Map<String, String> env) {
        if (model.equals("expert") || model.equals("rules")) return;
        if (model.startsWith("replay:")) {
            Path f = Path.of(model.substring("replay:".length()));
            if (!Files.exists(f)) throw new IllegalArgumentException("--model " + model + ": " + f + " does not exist; give a file of recorded replies");
            return;
        }
        throw new IllegalArgumentException("unknown model " + model + "; use rules, expert, replay:FILE, or provider:model");
    }

    public static Proposer create(String model, String baseUrl, Map<String, String> env) {
        check(model, baseUrl, env);
        if (model.equals("expert")) return new ExpertProposer();
        throw new IllegalArgumentException("unknown model " + model);
    }
}
