package dev.perfagent.agent.cli;

import dev.perfagent.agent.loop.Budget;
import dev.perfagent.agent.loop.Strategy;
import dev.perfagent.agent.run.Proposers;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.RunSettings;

import java.time.Duration;
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
            int width = (int) num(f.loop.width, c, "width", 4);
            Strategy.named(strategy, width); // unknown names fail here, listing the valid ones
            Proposers.check(model, first(f.loop.baseUrl, c.text("base-url")).orElse(null), env);
            String time = first(f.loop.time, c.text("budget.time")).orElse(d.wallTime().toSeconds() + "s");
            String measure = Optional.ofNullable(f.measure).orElse("time");
            RunSettings o = RunSettings.defaults();
            RunSettings s = o.withTaskDir((f.task != null ? f.task : f.repoDir()).toAbsolutePath().normalize().toString())
                    .withModel(model).withBaseUrl(first(f.loop.baseUrl, c.text("base-url")).orElse(null)).withStrategy(strategy).withWidth(width)
                    .withRounds((int) num(f.loop.rounds, c, "budget.rounds", d.rounds()))
                    .withCandidates((int) num(f.loop.candidates, c, "budget.candidates", d.candidates()))
                    .withTokens((long) num(f.loop.tokens, c, "budget.tokens", d.tokens())).withMoney(num(f.loop.money, c, "budget.money", d.money()))
                    .withWallSeconds(duration(time, "--time").toSeconds())
                    .withThreshold(num(f.threshold, c, "measure.threshold", o.threshold()))
                    .withMeasureBudget(f.measureBudget != null ? f.measureBudget
                            : c.text("measure.budget").map(t -> seconds(t, "measure.budget")).orElse(o.measureBudget()))
                    .withMaxRuns((int) num(f.maxRuns, c, "measure.max-runs", o.maxRuns())).withSeed(f.seed != null ? f.seed : o.seed())
                    .withMeasure(measure).withProfile(!f.loop.noProfile && !c.text("profile").map("false"::equals).orElse(false));
            String judge = first(f.loop.judgeModel, c.text("judge-model")).orElse(null);
            if (judge != null) {
                Proposers.check(judge, first(f.loop.baseUrl, c.text("base-url")).orElse(null), env);
                s = s.withJudgeModel(judge);
            }
            s.budget(); // checks the ranges
            MeasureOptions.check(s.threshold(), s.measureBudget(), s.maxRuns(), s.measure());
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

    /** "90s", "20m", "1h", or plain seconds: {@link Durations}, with the option or key named when it is not one. */
    static Duration duration(String text, String where) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(where + " " + e.getMessage());
        }
    }

    private static double seconds(String text, String where) {
        return duration(text, where).toNanos() / 1e9;
    }
}
