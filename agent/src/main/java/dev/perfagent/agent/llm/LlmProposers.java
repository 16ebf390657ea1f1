package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ModelSpec;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Builds an {@link LlmProposer} from what the user wrote: a model name, an optional base URL, the environment. */
public final class LlmProposers {
    private LlmProposers() {
    }

    /**
     * @throws IllegalArgumentException with a one-line message for the user when the name is not a language model,
     *                                  a key is missing, or openai-compatible has no base URL
     */
    public static LlmProposer create(ModelSpec spec, Optional<String> baseUrl, Map<String, String> env, LlmOptions options) {
        return create(spec.name(), Endpoint.resolve(spec, baseUrl, env), options);
    }

    public static LlmProposer create(String name, Endpoint endpoint, LlmOptions options) {
        Retrier retrier = new Retrier(options.retry(), options.sleeper(), () -> ThreadLocalRandom.current().nextDouble());
        Optional<Price> price = PriceTable.bundled().with(options.prices()).lookup(endpoint.provider(), endpoint.model());
        return new LlmProposer(name, endpoint, ChatModels.build(endpoint, options), retrier, price);
    }
}
