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
 */
public record Judge(Comparison comparison, double tolerance, List<TestCase> cases, Optional<String> command) {
    public Judge {
        cases = List.copyOf(cases);
    }
}
