package dev.perfagent.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What is timed: the program run on each input in turn (one sample is the whole list), or a command.
 */
public record Workload(List<Path> inputs, Optional<String> command) {
    public Workload {
        inputs = List.copyOf(inputs);
    }
}
