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

    /**
     * The model's price from the bundled table with the user's on top; empty when unknown (a fine-tune, a new model,
     * an openai-compatible server): its cost cannot be counted, so a money budget cannot be held.
     */
    public static Optional<Price> price(ModelSpec spec, Map<String, Price> prices) {
        return spec.provider().flatMap(p -> PriceTable.bundled().with(prices).lookup(p, spec.model()));
    }

    public static LlmProposer create(String name, Endpoint endpoint, LlmOptions options) {
        Retrier retrier = new Retrier(options.retry(), options.sleeper(), () -> ThreadLocalRandom.current().nextDouble(), options.listener());
        Optional<Price> price = PriceTable.bundled().with(options.prices()).lookup(endpoint.provider(), endpoint.model());
        return new LlmProposer(name, endpoint, ChatModels.build(endpoint, options), retrier, price);
    }
}
