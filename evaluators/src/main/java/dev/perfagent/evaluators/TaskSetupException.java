package dev.perfagent.evaluators;

/**
 * The task itself cannot be evaluated here (a toolchain is missing, the original does not build or
 * fails its own judge): the user's to fix, reported as one line, never as a candidate's verdict.
 */
public final class TaskSetupException extends Exception {
    public TaskSetupException(String message) {
        super(message);
    }
}
