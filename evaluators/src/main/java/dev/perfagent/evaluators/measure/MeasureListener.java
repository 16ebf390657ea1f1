package dev.perfagent.evaluators.measure;

import java.util.Optional;

/** Told after every mirrored pair of timed blocks, so a status line can show how far a measurement has got. */
@FunctionalInterface
public interface MeasureListener {
    MeasureListener NONE = (runs, maxRuns, estimate) -> {
    };

    /**
     * @param runs     timed runs of each side so far
     * @param maxRuns  the plan's cap on runs per side
     * @param estimate the speedup and its interval so far, once there are enough runs for one
     */
    void measured(int runs, int maxRuns, Optional<Speedup> estimate);
}
