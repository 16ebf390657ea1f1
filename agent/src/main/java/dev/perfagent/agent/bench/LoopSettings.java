package dev.perfagent.agent.bench;

import dev.perfagent.agent.loop.Budget;

/**
 * How bench's agent-loop attempts run, besides the model, the strategy and the measuring: the same options
 * {@code optimize} takes ({@code --base-url}, {@code --judge-model}, {@code --width}, the budgets, {@code --no-profile}).
 *
 * @param baseUrl    the model server, or null for the provider's own
 * @param judgeModel coder-judge's judge, or null for the coder's model
 * @param budget     each attempt's budget (one attempt is one loop run)
 */
public record LoopSettings(String baseUrl, String judgeModel, int width, Budget budget, boolean profile) {
    public static LoopSettings defaults() {
        return new LoopSettings(null, null, 4, Budget.defaults(), true);
    }
}
