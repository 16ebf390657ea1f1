package dev.perfagent.evaluators.correctness;

import java.util.Optional;

/**
 * How the candidate did on the judge's cases: all passed, or the first failure with its excerpt.
 *
 * @param casesRun     cases run before stopping (all of them when passed)
 * @param failedCase   name of the first failing case
 * @param mismatch     what differed, when the output was wrong
 * @param inputExcerpt the start of the failing input, so the failure can be reproduced
 */
public record Correctness(int casesRun, Optional<String> failedCase, Optional<Mismatch> mismatch,
                          Optional<String> inputExcerpt) {

    public static Correctness passed(int cases) {
        return new Correctness(cases, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean ok() {
        return failedCase.isEmpty();
    }
}
