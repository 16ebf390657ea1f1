package dev.perfagent.datasets.loaders;

import java.nio.file.Path;

/**
 * A record or file a loader left out: where (file, and line for JSON lines; 0 when the whole file is meant) and why.
 */
public record RecordProblem(Path file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
