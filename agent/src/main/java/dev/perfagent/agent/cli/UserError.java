package dev.perfagent.agent.cli;

/** A mistake the user can fix; shown as one line with what to do, exit code 2, never a stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
