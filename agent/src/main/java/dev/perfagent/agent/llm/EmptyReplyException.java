package dev.perfagent.agent.llm;

/** A well-formed response with no text in it; thrown inside a call so that {@link Retrier} retries it. */
final class EmptyReplyException extends RuntimeException {
    EmptyReplyException() {
        super("the reply had no text");
    }
}
