package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.metrics.AttemptOutcome;
import dev.perfagent.evaluators.metrics.AttemptStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the store keeps of one attempt.
 *
 * @param status        DONE (evaluated), SKIPPED (cannot run here, with the reason) or ERROR (the task could not be set up)
 * @param verdict       the evaluation's verdict, when DONE
 * @param reason        the verdict's reason, or why it was skipped or failed
 * @param speedup       time(original) / time(best candidate of the attempt), point estimate, when measured
 * @param low           lower bound of the speedup's confidence interval
 * @param high          upper bound of the speedup's confidence interval
 * @param expertSpeedup the expert's speedup over the original, when measured (GSO's opt_commit compares against it)
 * @param trajectory    where the attempt's trajectory is kept (a path), when there is one
 * @param patch         the attempt's candidate as a unified diff against the original (empty when none)
 */
public record AttemptResult(String taskId, int attempt, AttemptStatus status, Optional<Verdict> verdict, String reason,
                            OptionalDouble speedup, OptionalDouble low, OptionalDouble high, OptionalDouble expertSpeedup,
                            long tokensIn, long tokensOut, double costUsd, Optional<String> trajectory, String patch,
                            Instant started, Duration elapsed) {

    public static AttemptResult skipped(String taskId, int attempt, String reason) {
        return new AttemptResult(taskId, attempt, AttemptStatus.SKIPPED, Optional.empty(), reason, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0, Optional.empty(), "",
                Instant.now(), Duration.ZERO);
    }

    public static AttemptResult error(String taskId, int attempt, String reason, Instant started) {
        return new AttemptResult(taskId, attempt, AttemptStatus.ERROR, Optional.empty(), reason, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0, Optional.empty(), "",
                started, Duration.between(started, Instant.now()));
    }

    /** The verdict or status as one word, for progress lines and counts: IMPROVED, …, SKIPPED, ERROR. */
    public String category() {
        return verdict.map(Verdict::name).orElse(status.name());
    }

    public AttemptOutcome outcome() {
        return new AttemptOutcome(taskId, attempt, status, verdict, reason, speedup, low, high, expertSpeedup, tokensIn, tokensOut, costUsd);
    }
}
