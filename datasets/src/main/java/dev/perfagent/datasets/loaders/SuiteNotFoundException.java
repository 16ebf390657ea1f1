package dev.perfagent.datasets.loaders;

/** The suite path cannot be read as a suite of the loader's kind at all; the message says what was expected. */
public final class SuiteNotFoundException extends Exception {
    public SuiteNotFoundException(String message) {
        super(message);
    }
}
