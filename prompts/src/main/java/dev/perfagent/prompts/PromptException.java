package dev.perfagent.prompts;

/**
 * A template that cannot be rendered: unknown, missing from the jar, malformed, or given no value for one of its
 * variables. Always a bug in perfagent (templates and the code filling them ship together), so the message names the
 * template and the variable for the developer.
 */
public class PromptException extends RuntimeException {
    public PromptException(String message) {
        super(message);
    }
}
