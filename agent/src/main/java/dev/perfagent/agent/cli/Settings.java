package dev.perfagent.agent.cli;

import dev.perfagent.agent.loop.Budget;
import dev.perfagent.agent.loop.Strategy;
import dev.perfagent.agent.run.Proposers;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.RunSettings;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resolves a run's settings: a flag wins over perfagent.yaml, which wins over the environment and the defaults. */
final class Settings {
    private Settings() {
    }

    static RunSettings resolve(OptimizeCommand f, ConfigFile c, Map<String, String> env) {
        try {
            Budget d = Budget.defaults();
            String model = first(f.model, c.text("model")).orElseGet(() -> Proposers.defaultModel(env));
            String strategy = first(f.strategy, c.text("strategy")).orElse("refine");
            int width = (int) num(f.width, c, "width", 4);
            Strategy.named(strategy, width); // unknown names fail here, listing the valid ones
            Proposers.check(model, first(f.baseUrl, c.text("base-url")).orElse(null), env);
            String time = first(f.time, c.text("budget.time")).orElse(d.wallTime().toSeconds() + "s");
            String measure = Optional.ofNullable(f.measure).orElse("time");
            if (!measure.equals("time") && !measure.equals("instructions")) {
                throw new UserError("--measure " + measure + " is unknown; use time or instructions");
            }
            RunSettings s = new RunSettings((f.task != null ? f.task : f.repoDir()).toAbsolutePath().normalize().toString(), model,
                    first(f.baseUrl, c.text("base-url")).orElse(null), strategy, width,
                    (int) num(f.rounds, c, "budget.rounds", d.rounds()), (int) num(f.candidates, c, "budget.candidates", d.candidates()),
                    (long) num(f.tokens, c, "budget.tokens", d.tokens()), num(f.money, c, "budget.money", d.money()),
                    duration(time).toSeconds(),
                    num(f.threshold, c, "measure.threshold", 1.05), num(f.measureBudget, c, "measure.budget", 30),
                    (int) num(f.maxRuns, c, "measure.max-runs", 60), f.seed != null ? f.seed : 1L, measure,
                    !f.noProfile && !c.text("profile").map("false"::equals).orElse(false));
            String judge = first(f.judgeModel, c.text("judge-model")).orElse(null);
            if (judge != null) {
                Proposers.check(judge, first(f.baseUrl, c.text("base-url")).orElse(null), env);
                s = s.withJudgeModel(judge);
            }
            s.budget(); // checks the ranges
            if (s.threshold() < 1.0) throw new UserError("--threshold " + s.threshold() + " must be at least 1.0 (e.g. 1.05 for 5%)");
            if (s.measureBudget() <= 0) throw new UserError("--budget must be a positive number of seconds");
            if (s.maxRuns() < 3) throw new UserError("--max-runs must be at least 3");
            return s;
        } catch (ConfigFile.ConfigException e) {
            throw new UserError(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Optional<String> first(String flag, Optional<String> file) {
        return flag != null ? Optional.of(flag) : file;
    }

    private static double num(Number flag, ConfigFile c, String key, double fallback) throws ConfigFile.ConfigException {
        if (flag != null) return flag.doubleValue();
        return c.number(key).orElse(fallback);
    }

    /** "90s", "20m", "1h", or plain seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("m")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
            if (t.endsWith("h")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 3_600_000));
            return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new UserError("--time " + text + " is not a duration; write e.g. 90s, 20m or 1h");
        }
    }
}
