package dev.perfagent.agent.pr;

/**
 * Something about the PR's input that the user must fix (a ref that does not exist, no benchmark, a checkout that
 * does not build, no token for the comment): one line that says what to do; the CLI exits 2 with it.
 */
public final class PrException extends RuntimeException {
    public PrException(String message) {
        super(message);
    }
}
