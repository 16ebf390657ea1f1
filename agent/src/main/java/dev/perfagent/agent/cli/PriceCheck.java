package dev.perfagent.agent.cli;

import dev.perfagent.agent.llm.LlmProposers;
import dev.perfagent.agent.llm.Price;
import dev.perfagent.agent.propose.ModelSpec;

import java.io.PrintWriter;
import java.util.Map;

/**
 * A language model perfagent has no price for costs "$0.0000" in every report and no money budget can stop it. So:
 * with a money budget the user set, the run does not start until a price is given; without one, a warning says the
 * cost is unknown. Models that are not language models (rules, replay, expert) cost nothing and pass.
 */
final class PriceCheck {
    private PriceCheck() {
    }

    static void check(String model, Map<String, Price> prices, boolean moneyBudgetGiven, PrintWriter err) {
        ModelSpec spec;
        try {
            spec = ModelSpec.parse(model);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (spec.kind() != ModelSpec.Kind.LLM || LlmProposers.price(spec, prices).isPresent()) return;
        String add = "add its price to perfagent.yaml: prices: {\"" + spec.model() + "\": {input: USD, output: USD}} (per million tokens)";
        if (moneyBudgetGiven) {
            throw new UserError("--money cannot be held: " + model + " has no known price; " + add + ", or drop --money");
        }
        err.println("perfagent: warning: " + model + " has no known price, so its cost is not counted and the money budget"
                + " does not apply; " + add);
    }
}
