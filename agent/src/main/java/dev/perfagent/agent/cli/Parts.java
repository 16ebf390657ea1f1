package dev.perfagent.agent.cli;

import dev.perfagent.agent.llm.Price;
import dev.perfagent.agent.loop.EditsReader;
import dev.perfagent.agent.loop.OptimizePrompt;
import dev.perfagent.agent.loop.ProfiledHotFrames;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.Proposers;

import java.util.HashMap;
import java.util.Map;

/** The real parts of a run, as the command line builds them. */
final class Parts {
    private Parts() {
    }

    static OptimizeRun.Makers makers(Map<String, String> env, ConfigFile config) {
        Map<String, Price> prices = prices(config);
        return new OptimizeRun.Makers(
                s -> {
                    try {
                        return Proposers.create(s.model(), s.baseUrl(), env, prices);
                    } catch (IllegalArgumentException e) {
                        throw new UserError(e.getMessage());
                    }
                },
                new OptimizePrompt(),
                new EditsReader(),
                (sandbox, s) -> new ProfiledHotFrames(sandbox));
    }

    /** {@code prices: {MODEL: {input: USD per million tokens, output: …}}} from perfagent.yaml. */
    static Map<String, Price> prices(ConfigFile config) {
        Map<String, Price> prices = new HashMap<>();
        config.at("prices").fields().forEachRemaining(e -> prices.put(e.getKey(),
                new Price(e.getValue().path("input").asDouble(0), e.getValue().path("output").asDouble(0))));
        return prices;
    }
}
