package dev.perfagent.prompts;

/**
 * What the model is told in one call: a rendered template. {@code id} and {@code version} name the template
 * resource it came from, so a trajectory says exactly which wording produced which reply.
 */
public record Prompt(String id, String version, String system, String user) {

    /** A rough token count (about four characters a token), for budgets before the provider reports real figures. */
    public long approxTokens() {
        return (system.length() + user.length()) / 4 + 1;
    }
}
