package dev.perfagent.agent.cli;

import dev.perfagent.agent.bench.LoopSettings;
import dev.perfagent.agent.loop.Budget;
import picocli.CommandLine.Option;

/**
 * The agent loop's options beside {@code --model} and {@code --strategy} (whose defaults differ per command): the
 * model server, the judge, the width and the budgets. Shared by {@code optimize} and {@code bench}, so that a suite
 * runs with every model and budget a single task does. Unset options are null: perfagent.yaml, then the defaults, fill them.
 */
public final class ModelOptions {
    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrl.class, description = "the model server's address (openai-compatible, ollama, or a proxy)")
    String baseUrl;

    @Option(names = "--judge-model", paramLabel = "NAME", description = "coder-judge's judge (same names as --model; default: the coder's model)")
    String judgeModel;

    @Option(names = "--width", paramLabel = "N", description = "lineages for best-of-n, population for evolve (default 4)")
    Integer width;

    @Option(names = "--rounds", paramLabel = "N", description = "round budget (default 5)")
    Integer rounds;

    @Option(names = "--candidates", paramLabel = "N", description = "candidate budget (default 20)")
    Integer candidates;

    @Option(names = "--tokens", paramLabel = "N", description = "token budget, in and out together (default 500000; 0: none)")
    Long tokens;

    @Option(names = "--money", paramLabel = "USD", description = "money budget in US dollars (default 5; 0: none)")
    Double money;

    @Option(names = "--time", paramLabel = "DURATION", description = "wall-time budget: 90s, 20m, 1h, or seconds (default 60m)")
    String time;

    @Option(names = "--no-profile", description = "do not profile the current best for the model")
    boolean noProfile;

    /** The loop's budget: what was given (flag or perfagent.yaml), else the defaults; ranges checked. */
    Budget budget() {
        Budget d = Budget.defaults();
        try {
            return new Budget(rounds != null ? rounds : d.rounds(), candidates != null ? candidates : d.candidates(),
                    tokens != null ? tokens : d.tokens(), money != null ? money : d.money(),
                    time != null ? Settings.duration(time, "--time") : d.wallTime());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** For bench: everything an attempt's loop runs with besides the model, the strategy and the measuring. */
    LoopSettings toLoopSettings() {
        int w = width != null ? width : 4;
        if (w < 1) throw new UserError("--width must be at least 1");
        return new LoopSettings(baseUrl, judgeModel, w, budget(), !noProfile);
    }
}
