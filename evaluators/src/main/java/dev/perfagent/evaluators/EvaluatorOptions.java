package dev.perfagent.evaluators;

import dev.perfagent.evaluators.measure.MeasurementPlan;

/**
 * How an evaluation measures: the plan (warm-up, samples, time budget, seed, threshold) and whether to
 * also count instructions with callgrind for native code.
 */
public record EvaluatorOptions(MeasurementPlan plan, boolean countInstructions) {
    public static EvaluatorOptions defaults() {
        return new EvaluatorOptions(MeasurementPlan.defaults(), false);
    }
}
