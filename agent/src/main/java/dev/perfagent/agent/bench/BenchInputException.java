package dev.perfagent.agent.bench;

/** Something the user can fix (an unknown loader, a suite that is not there, a model bench cannot run); one line. */
public final class BenchInputException extends Exception {
    public BenchInputException(String message) {
        super(message);
    }
}
