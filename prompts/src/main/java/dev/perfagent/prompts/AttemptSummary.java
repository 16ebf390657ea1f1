package dev.perfagent.prompts;

import java.util.Optional;

/**
 * An earlier candidate, so the model does not propose the same idea twice: what it changed, its verdict, and its
 * speedup when it was measured.
 *
 * @param change  a few words ("hoisted Pattern.compile out of the loop")
 * @param verdict IMPROVED, NEUTRAL, REGRESSED, INCORRECT, BUILD_FAILED, TIMEOUT, CRASHED or REJECTED
 */
public record AttemptSummary(int round, int candidate, String change, String verdict, Optional<Speedup> speedup) {
}
