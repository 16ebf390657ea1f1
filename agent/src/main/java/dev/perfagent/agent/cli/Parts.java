package dev.perfagent.agent.cli;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.agent.llm.Price;
import dev.perfagent.agent.llm.RetryListener;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.StandardMakers;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/** The real parts of a run, as the command line builds them: a bad model name or recording is a user error. */
final class Parts {
    private Parts() {
    }

    static OptimizeRun.Makers makers(Map<String, String> env, ConfigFile config) {
        return makers(env, config, new PrintWriter(Writer.nullWriter()));
    }

    /** As {@link #makers(Map, ConfigFile)}; every wait before a retried model call is a line on {@code progress}. */
    static OptimizeRun.Makers makers(Map<String, String> env, ConfigFile config, PrintWriter progress) {
        RetryListener retries = (why, wait, retry, of) -> {
            progress.printf("  model: %s; retrying in %s (retry %d of %d)%n", why, Durations.format(wait), retry, of);
            progress.flush();
            StatusLine.of(progress).show("model: retrying in " + Durations.format(wait) + " after " + why);
        };
        OptimizeRun.Makers standard = StandardMakers.of(env, prices(config), retries);
        return standard.withProposers(s -> {
            try {
                return standard.proposers().apply(s);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }).withAdvisors((sandbox, s) -> {
            try {
                return standard.advisors().apply(sandbox, s);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        });
    }

    /** {@code prices: {MODEL: {input: USD per million tokens, output: …}}} from perfagent.yaml. */
    static Map<String, Price> prices(ConfigFile config) {
        Map<String, Price> prices = new HashMap<>();
        config.at("prices").fields().forEachRemaining(e -> prices.put(e.getKey(),
                new Price(e.getValue().path("input").asDouble(0), e.getValue().path("output").asDouble(0))));
        return prices;
    }
}
