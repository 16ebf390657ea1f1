package dev.perfagent.prompts;

/**
 * The first input on which a candidate's output was wrong.
 *
 * @param name     the input's name ("tests/large.in")
 * @param input    its content (shown only when short: it may be megabytes)
 * @param expected the reference output
 * @param actual   what the candidate printed
 */
public record FailingCase(String name, String input, String expected, String actual) {
}
