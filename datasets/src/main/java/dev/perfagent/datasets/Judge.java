package dev.perfagent.datasets;

import java.util.List;
import java.util.Optional;

/**
 * How correctness is decided: reference outputs per input, or a test command that must exit 0.
 *
 * @param comparison how outputs are compared
 * @param tolerance  for {@link Comparison#NUMERIC}: absolute or relative difference allowed per number
 * @param cases      inputs with reference outputs (empty when a command judges)
 * @param command    test command run in the built workspace; exit 0 means correct
 * @param hidden     more cases, checked like {@code cases} but never shown to the model (not in prompts, not in
 *                   feedback: a failure says only that a hidden case failed)
 * @param generator  how to write fresh inputs, so answers keyed to the known inputs are caught
 */
public record Judge(Comparison comparison, double tolerance, List<TestCase> cases, Optional<String> command,
                    List<TestCase> hidden, Optional<Generator> generator) {
    public Judge {
        cases = List.copyOf(cases);
        hidden = List.copyOf(hidden);
    }

    /** Exact comparison, no cases, no command of its own, no hidden cases, no generator. */
    public static Judge defaults() {
        return new Judge(Comparison.EXACT, 0, List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    public Judge withComparison(Comparison v) {
        return new Judge(v, tolerance, cases, command, hidden, generator);
    }

    public Judge withTolerance(double v) {
        return new Judge(comparison, v, cases, command, hidden, generator);
    }

    public Judge withCases(List<TestCase> v) {
        return new Judge(comparison, tolerance, v, command, hidden, generator);
    }

    public Judge withCommand(String v) {
        return new Judge(comparison, tolerance, cases, Optional.of(v), hidden, generator);
    }

    public Judge withHidden(List<TestCase> v) {
        return new Judge(comparison, tolerance, cases, command, v, generator);
    }

    public Judge withGenerator(Optional<Generator> v) {
        return new Judge(comparison, tolerance, cases, command, hidden, v);
    }

    /**
     * {@code judge.generator}: a command run in the task folder (trusted: the task author's, outside the sandbox) that
     * prints one input on stdout; {@code {seed}} in it is replaced by a fresh number each time. Every evaluation runs
     * the original and the candidate on {@code inputs} fresh inputs and compares (the original's output is the reference).
     */
    public record Generator(String command, int inputs) {
        public static final int DEFAULT_INPUTS = 2;

        public String forSeed(long seed) {
            return command.replace("{seed}", Long.toString(seed));
        }
    }
}
