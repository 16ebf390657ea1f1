package dev.perfagent.datasets;

import java.util.List;
import java.util.stream.Collectors;

/** A task file that cannot be used; carries every problem found, not only the first. */
public final class TaskFormatException extends Exception {
    private final List<Problem> problems;

    public TaskFormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
