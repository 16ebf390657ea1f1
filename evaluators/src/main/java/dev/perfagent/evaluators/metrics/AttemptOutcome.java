package dev.perfagent.evaluators.metrics;

import dev.perfagent.evaluators.Verdict;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the metrics need of one attempt at one task.
 *
 * @param attempt       0-based index among the task's attempts; opt@K looks at attempts 0..K-1
 * @param verdict       present when {@code status} is DONE
 * @param speedup       time(original) / time(candidate), point estimate, when measured
 * @param low           lower bound of the speedup's interval, when measured
 * @param high          upper bound of the speedup's interval, when measured
 * @param expertSpeedup time(original) / time(expert), when the expert was measured too (GSO's opt_commit needs it)
 * @param costUsd       money spent on the attempt (model calls), 0 for the expert
 */
public record AttemptOutcome(String taskId, int attempt, AttemptStatus status, Optional<Verdict> verdict, String reason,
                             OptionalDouble speedup, OptionalDouble low, OptionalDouble high, OptionalDouble expertSpeedup,
                             long tokensIn, long tokensOut, double costUsd) {

    /** Built, ran and matched the reference (IMPROVED, NEUTRAL or REGRESSED). */
    public boolean correct() {
        return status == AttemptStatus.DONE && verdict.map(Verdict::isCorrect).orElse(false);
    }

    /** The speedup of a correct attempt, for the scores that count only correct candidates. */
    public OptionalDouble correctSpeedup() {
        return correct() ? speedup : OptionalDouble.empty();
    }
}
