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

    /** Without hidden cases or a generator. */
    public Judge(Comparison comparison, double tolerance, List<TestCase> cases, Optional<String> command) {
        this(comparison, tolerance, cases, command, List.of(), Optional.empty());
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
