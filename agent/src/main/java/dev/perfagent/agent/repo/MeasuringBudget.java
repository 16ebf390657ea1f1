package dev.perfagent.agent.repo;

import java.util.Locale;

/**
 * The timing budget per candidate, sized from one run of the original benchmark: the interval needs about eight
 * runs a side (plus a warm-up each) before it can call a real 1.2× change IMPROVED, so a benchmark of seconds does not
 * fit the default 30 s. A budget the user set is kept, with a warning when it holds too few runs.
 *
 * @param seconds the budget to use
 * @param runs    runs a side it holds, about
 * @param note    one line for the log: how many runs, what a candidate's timing costs
 */
public record MeasuringBudget(double seconds, int runs, String note) {
    /** Runs a side the bootstrap interval needs (the measurer's own minimum). */
    static final int RUNS = 8;
    /** Warm-ups a side, not counted. */
    static final int WARMUPS = 1;

    public static MeasuringBudget size(double benchSeconds, double budget, boolean given) {
        double pair = 2 * Math.max(benchSeconds, 0.001);
        int fits = (int) Math.max(0, Math.floor(budget / pair) - WARMUPS);
        if (fits >= RUNS) {
            return new MeasuringBudget(budget, fits, String.format(Locale.ROOT, "benchmark %.2f s once: timing budget %.0f s per candidate holds about %d runs a side",
                    benchSeconds, budget, Math.min(fits, 60)));
        }
        if (given) {
            return new MeasuringBudget(budget, fits, String.format(Locale.ROOT,
                    "benchmark %.2f s once: the timing budget of %.0f s holds only %d run(s) a side (%d needed): only a large change can come out IMPROVED; a budget of %.0f s would fit them",
                    benchSeconds, budget, fits, RUNS, Math.ceil(pair * (RUNS + WARMUPS) * 11 / 10)));
        }
        double sized = Math.ceil(pair * (RUNS + WARMUPS) * 11 / 10);
        return new MeasuringBudget(sized, RUNS, String.format(Locale.ROOT,
                "benchmark %.2f s once: timing budget %.0f s per candidate (%d runs a side; the default %.0f s held %d); --budget or measure.budget sets it",
                benchSeconds, sized, RUNS, budget, fits));
    }
}
