package dev.perfagent.datasets;

import java.util.List;
import java.util.Optional;

/**
 * How the built program is started. Inputs arrive on standard input.
 *
 * @param command   shell command overriding the toolchain default (e.g. {@code ./prog --fast})
 * @param mainClass Java main class (default {@code Main}); Python entry script (default {@code main.py})
 * @param args      extra arguments for the default command
 */
public record RunSpec(Optional<String> command, Optional<String> mainClass, List<String> args) {
    public RunSpec {
        args = List.copyOf(args);
    }

    public static RunSpec defaults() {
        return new RunSpec(Optional.empty(), Optional.empty(), List.of());
    }
}
