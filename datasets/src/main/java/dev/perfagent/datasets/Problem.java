package dev.perfagent.datasets;

import java.nio.file.Path;

/** One thing wrong with a task file: where, which field, and what to do about it. */
public record Problem(Path file, String field, String message) {
    @Override
    public String toString() {
        return file + ": " + field + ": " + message;
    }
}
