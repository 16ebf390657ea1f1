package dev.perfagent.evaluators.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A suite's scores. Every share is over {@code tasks}, every task of the suite, as the papers define them: a task
 * skipped here, whose setup failed, that got no proposal or no attempt at all counts as not optimized (speedup 1.0).
 * {@code ran}, {@code skipped}, {@code errors} and {@code missing} say how many tasks each of those were.
 * Values that cannot be computed (an empty suite, no correct task, nothing improved) are NaN.
 *
 * @param tasks            every task of the suite (or of the shards merged)
 * @param missing          tasks of the suite without any stored attempt (not run yet, failed inside perfagent, or a shard not merged)
 * @param attemptsPerTask  the most attempts any task got: the K of opt@K
 * @param correctness      share with a correct candidate (PIE's correctness; KernelBench's fast_0)
 * @param pctOpt           PIE %OPT: share whose best correct candidate reaches 1.10× (point estimate)
 * @param pctAtLeast       share whose best correct candidate reaches each speedup (1.1, 1.25, 1.5, 2, 5, 10)
 * @param sp               PIE SP: mean over tasks of max(1.0, speedup of the best correct candidate)
 * @param verified         share with a candidate verified faster (verdict IMPROVED: the interval's lower bound cleared the threshold)
 * @param optAt1           GSO opt@1 (opt_commit by the first attempt)
 * @param optAtK           GSO opt@K (opt_commit by any of the K attempts)
 * @param optBaseAtK       GSO's weaker opt_base by any of the K attempts
 * @param fastP            KernelBench fast_p: share correct and faster than p, for p in 0, 1, 1.5, 2
 * @param geomeanSpeedup   geometric mean of the best correct speedup over the tasks that have one
 * @param tokensInPerTask  model input tokens per task of the suite
 * @param tokensOutPerTask model output tokens per task of the suite
 * @param costPerTask      money per task of the suite
 * @param costOfPass       money spent in all per task verified faster
 */
public record SuiteSummary(int tasks, int ran, int skipped, int errors, int missing, int attemptsPerTask,
                           double correctness, double pctOpt, Map<Double, Double> pctAtLeast, double sp, double verified,
                           double optAt1, double optAtK, double optBaseAtK, Map<Double, Double> fastP,
                           double geomeanSpeedup, double tokensInPerTask, double tokensOutPerTask,
                           double costPerTask, double costOfPass) {
    public SuiteSummary {
        // sorted by level, so every table and file lists the rows in the same order
        pctAtLeast = Collections.unmodifiableSortedMap(new TreeMap<>(pctAtLeast));
        fastP = Collections.unmodifiableSortedMap(new TreeMap<>(fastP));
    }
}
