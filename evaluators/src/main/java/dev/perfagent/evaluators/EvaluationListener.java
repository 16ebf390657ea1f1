package dev.perfagent.evaluators;

import dev.perfagent.evaluators.measure.Speedup;

import java.util.Optional;

/** What an evaluation is doing as it goes (for a live status line); every method may be called from any thread. */
public interface EvaluationListener {
    EvaluationListener NONE = new EvaluationListener() {
    };

    /** A stage of {@code candidateId}'s evaluation began: "building", "testing", "measuring against the original". */
    default void stage(String candidateId, String stage) {
    }

    /** After each pair of timed blocks of {@code candidateId} (see {@link dev.perfagent.evaluators.measure.MeasureListener}). */
    default void measured(String candidateId, int runs, int maxRuns, Optional<Speedup> estimate) {
    }
}
