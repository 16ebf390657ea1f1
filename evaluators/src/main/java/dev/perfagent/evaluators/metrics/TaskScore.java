package dev.perfagent.evaluators.metrics;

import dev.perfagent.evaluators.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One task's attempts reduced to what the suite scores use.
 *
 * @param ran          at least one attempt was evaluated; a task that did not run counts as not optimized (speedup 1.0)
 * @param reason       for a task that did not run: why (the first attempt's reason)
 * @param best         the attempt that represents the task: the fastest correct one, else the first evaluated one
 * @param bestSpeedup  speedup of the fastest correct attempt (point estimate), empty when none is correct
 * @param improved     some attempt was verified faster (verdict IMPROVED: the interval's lower bound cleared the threshold)
 * @param optCommitAt1 GSO opt_commit reached by attempt 0
 * @param optCommitAtK GSO opt_commit reached by some attempt (opt@K, K = the attempts made)
 * @param optBaseAtK   GSO opt_base reached by some attempt
 */
public record TaskScore(String taskId, boolean ran, String reason, int attempts, Optional<AttemptOutcome> best,
                        OptionalDouble bestSpeedup, boolean improved, boolean optCommitAt1, boolean optCommitAtK,
                        boolean optBaseAtK, long tokensIn, long tokensOut, double costUsd) {

    /** GSO: the speedup over base (a geometric mean over its tests; here one workload) must reach 1.2. */
    public static final double GSO_BASE_SPEEDUP = 1.2;
    /** GSO: the speedup against the expert commit must exceed 0.95. */
    public static final double GSO_EXPERT_RATIO = 0.95;

    public boolean correct() {
        return bestSpeedup.isPresent();
    }

    /** PIE's speedup_best@k: max(1.0, speedup of the best correct candidate); incorrect counts as 1.0. */
    public double pieSpeedup() {
        return Math.max(1.0, bestSpeedup.orElse(1.0));
    }

    /** A task of the suite with no attempt at all: not run, not optimized. */
    public static TaskScore missing(String taskId, String reason) {
        return new TaskScore(taskId, false, reason, 0, Optional.empty(), OptionalDouble.empty(), false, false, false, false, 0, 0, 0);
    }

    public static TaskScore of(String taskId, List<AttemptOutcome> attempts) {
        List<AttemptOutcome> done = attempts.stream().filter(a -> a.status() == AttemptStatus.DONE).toList();
        Optional<AttemptOutcome> bestCorrect = done.stream().filter(AttemptOutcome::correct)
                .max(Comparator.comparingDouble(a -> a.speedup().orElse(0)));
        Optional<AttemptOutcome> best = bestCorrect.isPresent() ? bestCorrect
                : done.stream().min(Comparator.comparingInt(AttemptOutcome::attempt));
        OptionalDouble bestSpeedup = bestCorrect.map(AttemptOutcome::correctSpeedup).orElse(OptionalDouble.empty());
        String reason = attempts.stream().min(Comparator.comparingInt(AttemptOutcome::attempt)).map(AttemptOutcome::reason).orElse("");
        return new TaskScore(taskId, !done.isEmpty(), done.isEmpty() ? reason : "", attempts.size(), best, bestSpeedup,
                done.stream().anyMatch(a -> a.verdict().orElse(null) == Verdict.IMPROVED),
                done.stream().filter(a -> a.attempt() == 0).anyMatch(TaskScore::optCommit),
                done.stream().anyMatch(TaskScore::optCommit),
                done.stream().anyMatch(TaskScore::optBase),
                attempts.stream().mapToLong(AttemptOutcome::tokensIn).sum(),
                attempts.stream().mapToLong(AttemptOutcome::tokensOut).sum(),
                attempts.stream().mapToDouble(AttemptOutcome::costUsd).sum());
    }

    /**
     * GSO opt_base: correct, faster on average, and speedup over base at least 1.2, and the verdict IMPROVED: a point
     * estimate that passes GSO's rule while its interval says noise (NEUTRAL) is not counted. For GSO attempts the
     * verdict already means GSO's rule confirmed (see the GSO harness); elsewhere it adds the interval's check.
     */
    static boolean optBase(AttemptOutcome a) {
        return a.correct() && a.verdict().equals(java.util.Optional.of(Verdict.IMPROVED)) && a.speedup().isPresent() && a.speedup().getAsDouble() > 1.0
                && a.speedup().getAsDouble() >= GSO_BASE_SPEEDUP;
    }

    /**
     * GSO opt_commit: opt_base and, against the expert, time(expert)/time(candidate) above 0.95. That ratio is
     * speedup / expertSpeedup since both are measured against the same original. Without an expert measurement it
     * cannot be decided and counts as not reached.
     */
    static boolean optCommit(AttemptOutcome a) {
        return optBase(a) && a.expertSpeedup().isPresent()
                && a.speedup().getAsDouble() / a.expertSpeedup().getAsDouble() > GSO_EXPERT_RATIO;
    }
}
