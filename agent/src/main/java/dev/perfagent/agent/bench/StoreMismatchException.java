package dev.perfagent.agent.bench;

/** A store that belongs to another suite or configuration, or stores that cannot be merged; the message says which and what to do. */
public final class StoreMismatchException extends Exception {
    public StoreMismatchException(String message) {
        super(message);
    }
}
