package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Task;

import java.util.List;

/** The task's source files a compiler is given, as arguments relative to the workspace. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** Sources ending in one of {@code extensions}, in the task's (sorted) order. */
    static List<String> withExtensions(Task task, List<String> extensions) {
        return task.sources().stream()
                .filter(f -> extensions.stream().anyMatch(f::endsWith))
                // a file named like an option ("-O3.c") must reach the compiler as a file
                .map(f -> f.startsWith("-") ? "./" + f : f)
                .toList();
    }
}
