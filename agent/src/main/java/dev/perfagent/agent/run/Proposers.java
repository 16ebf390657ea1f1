package dev.perfagent.agent.run;

import dev.perfagent.agent.llm.Endpoint;
import dev.perfagent.agent.llm.LlmOptions;
import dev.perfagent.agent.llm.LlmProposers;
import dev.perfagent.agent.llm.Price;
import dev.perfagent.agent.llm.RetryListener;
import dev.perfagent.agent.propose.ExpertProposer;
import dev.perfagent.agent.propose.ModelSpec;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.ReplayProposer;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * Model names → proposers: {@code rules}, {@code expert}, {@code replay:FILE}, and the LLM providers
 * ({@code provider:model}). A bad name, a missing key or a missing recording is an {@link IllegalArgumentException}
 * with a one-line message saying what to do.
 */
public final class Proposers {
    private Proposers() {
    }

    /** The first provider with an API key in the environment, else the offline rules. */
    public static String defaultModel(Map<String, String> env) {
        return ModelSpec.defaultName(env);
    }

    /** Checks a name before a run starts, so a typo or a missing key fails at once, not after the baseline is built. */
    public static void check(String model, String baseUrl, Map<String, String> env) {
        ModelSpec spec = ModelSpec.parse(model);
        switch (spec.kind()) {
            case LLM -> Endpoint.resolve(spec, Optional.ofNullable(baseUrl), env);
            case REPLAY -> {
                var path = spec.replay().orElseThrow();
                if (!Files.exists(path)) {
                    throw new IllegalArgumentException("--model " + model + ": " + path + " does not exist; give a .jsonl file or a folder of recorded replies");
                }
            }
            default -> {
            }
        }
    }

    public static Proposer create(String model, String baseUrl, Map<String, String> env, Map<String, Price> prices) {
        return create(model, baseUrl, env, prices, RetryListener.NONE);
    }

    public static Proposer create(String model, String baseUrl, Map<String, String> env, Map<String, Price> prices, RetryListener retries) {
        ModelSpec spec = ModelSpec.parse(model);
        return switch (spec.kind()) {
            case LLM -> LlmProposers.create(spec, Optional.ofNullable(baseUrl), env, LlmOptions.DEFAULTS.withPrices(prices).withListener(retries));
            case REPLAY -> ReplayProposer.load(spec.replay().orElseThrow());
            case EXPERT -> new ExpertProposer();
            case RULES -> new dev.perfagent.agent.rules.RulesProposer();
        };
    }
}
