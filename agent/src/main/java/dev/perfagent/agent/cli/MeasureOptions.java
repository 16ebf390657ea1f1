package dev.perfagent.agent.cli;

import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How hard to measure: shared by every command that times code. */
public final class MeasureOptions {
    @Option(names = "--threshold", paramLabel = "X", defaultValue = "1.05",
            description = "speedup the interval's lower bound must clear to call a candidate IMPROVED (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.Seconds.class,
            description = "most time spent timing one candidate: 30s, 2m, or seconds (default: ${DEFAULT-VALUE})")
    double budgetSeconds;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "60",
            description = "most timed runs per side (default: ${DEFAULT-VALUE})")
    int maxRuns;

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of the run order and the bootstrap (default: eval draws a fresh one and prints it; other commands 1)")
    Long seed;

    @Option(names = "--measure", paramLabel = "WHAT", defaultValue = "time",
            description = "time, or instructions (adds callgrind instruction counts beside time for C/C++)")
    String measure;

    EvaluatorOptions toOptions() {
        return toOptions(seed != null ? seed : 1L);
    }

    /** With the seed to use when --seed is not given. */
    EvaluatorOptions toOptions(long defaultSeed) {
        long seed = this.seed != null ? this.seed : defaultSeed;
        check(threshold, budgetSeconds, maxRuns, measure);
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withThreshold(threshold)
                .withBudget(Duration.ofMillis((long) (budgetSeconds * 1000)))
                .withMaxSamples(maxRuns)
                .withSeed(seed);
        return new EvaluatorOptions(plan, measure.equals("instructions"));
    }

    /** The measuring settings' ranges, checked here for every command and for perfagent.yaml alike. */
    static void check(double threshold, double budgetSeconds, int maxRuns, String measure) {
        if (threshold < 1.0) throw new UserError("--threshold " + threshold + " must be at least 1.0 (e.g. 1.05 for 5%)");
        if (budgetSeconds <= 0) throw new UserError("--budget must be longer than zero: e.g. 30s or 2m");
        if (maxRuns < 3) throw new UserError("--max-runs must be at least 3");
        if (!measure.equals("time") && !measure.equals("instructions")) {
            throw new UserError("--measure " + measure + " is unknown; use time or instructions");
        }
    }
}
