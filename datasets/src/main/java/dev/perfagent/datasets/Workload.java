package dev.perfagent.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What is timed: the program run on each input in turn (one sample is the whole list), or a command.
 *
 * @param checkOutput for a command: its standard output must be the same as the original's on every timed run (a
 *                    repository's benchmark that prints a result); off for commands that print timings
 */
public record Workload(List<Path> inputs, Optional<String> command, boolean checkOutput) {
    public Workload {
        inputs = List.copyOf(inputs);
    }

    public Workload(List<Path> inputs, Optional<String> command) {
        this(inputs, command, false);
    }
}
