package dev.perfagent.datasets;

import java.nio.file.Path;

/** One input and the output a correct program prints for it. Both live outside any sandbox. */
public record TestCase(String name, Path input, Path expectedOutput) {
}
