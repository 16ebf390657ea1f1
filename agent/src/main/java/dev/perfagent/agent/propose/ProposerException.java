package dev.perfagent.agent.propose;

/**
 * A failure of a proposer that ends the run: a rejected key, an unknown model, retries exhausted. The message is
 * one line for the user saying what to do; the cause is kept for debugging.
 */
public class ProposerException extends RuntimeException {
    public ProposerException(String message) {
        super(message);
    }

    public ProposerException(String message, Throwable cause) {
        super(message, cause);
    }
}
