package dev.perfagent.evaluators;

/** What an evaluation concluded about a candidate. Only {@link #IMPROVED} is ever kept as faster. */
public enum Verdict {
    IMPROVED, NEUTRAL, REGRESSED, INCORRECT, BUILD_FAILED, TIMEOUT, CRASHED, REJECTED;

    /** Built, ran and matched the reference: the measurement decides the rest. */
    public boolean isCorrect() {
        return this == IMPROVED || this == NEUTRAL || this == REGRESSED;
    }
}
