package dev.perfagent.agent.llm;

/** A call that was answered with nothing usable; {@link LlmProposer} turns it into a proposal the loop feeds back. */
final class UnusableReplyException extends RuntimeException {
    UnusableReplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
