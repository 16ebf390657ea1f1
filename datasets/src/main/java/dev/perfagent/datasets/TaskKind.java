package dev.perfagent.datasets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A stand-alone program, a repository with its own build and tests, or a GPU kernel. */
public enum TaskKind {
    PROGRAM, REPO, KERNEL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TaskKind> parse(String text) {
        if (text == null) return Optional.empty();
        for (TaskKind k : values()) if (k.id().equals(text.trim().toLowerCase(Locale.ROOT))) return Optional.of(k);
        return Optional.empty();
    }

    public static String choices() {
        return Arrays.stream(values()).map(TaskKind::id).collect(Collectors.joining(", "));
    }
}
