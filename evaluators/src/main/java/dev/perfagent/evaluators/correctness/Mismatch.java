package dev.perfagent.evaluators.correctness;

/**
 * The first place where actual output differs from the reference, with short excerpts for a report or
 * a model's feedback.
 */
public record Mismatch(int line, String expected, String actual, String why) {
    public String describe() {
        return why + " at line " + line + ": expected \"" + expected + "\", got \"" + actual + "\"";
    }
}
