package dev.perfagent.prompts;

import java.util.Optional;

/**
 * What happened to the last candidate, in plain values (this module knows nothing of the evaluators): its verdict,
 * a detail (compiler output for BUILD_FAILED, the crash or timeout message, the rejected file), the first failing
 * input for INCORRECT, the speedup for measured verdicts.
 */
public record CandidateResult(String verdict, String detail, Optional<FailingCase> failingCase, Optional<Speedup> speedup) {

    public static CandidateResult buildFailed(String compilerOutput) {
        return new CandidateResult("BUILD_FAILED", compilerOutput, Optional.empty(), Optional.empty());
    }

    public static CandidateResult incorrect(FailingCase failingCase) {
        return new CandidateResult("INCORRECT", "", Optional.of(failingCase), Optional.empty());
    }

    public static CandidateResult measured(String verdict, Speedup speedup) {
        return new CandidateResult(verdict, "", Optional.empty(), Optional.of(speedup));
    }

    /** TIMEOUT, CRASHED, REJECTED: the detail says what happened. */
    public static CandidateResult failed(String verdict, String detail) {
        return new CandidateResult(verdict, detail, Optional.empty(), Optional.empty());
    }
}
