package dev.perfagent.evaluators.measure;

/** A timed run that did not finish correctly (crash, timeout, wrong output during measurement). */
public final class TrialFailedException extends Exception {
    private final Object detail;

    public TrialFailedException(String message, Object detail) {
        super(message);
        this.detail = detail;
    }

    /** What the evaluator attached to explain the failure (an ExecResult, typically). */
    public Object detail() {
        return detail;
    }
}
