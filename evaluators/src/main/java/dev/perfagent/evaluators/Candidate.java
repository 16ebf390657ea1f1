package dev.perfagent.evaluators;

import dev.perfagent.datasets.TaskYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A proposed version of a task's code: the files it replaces (relative path → new content) and where
 * it came from.
 */
public record Candidate(String id, Map<String, String> files, String origin) {
    public Candidate {
        files = Map.copyOf(files);
    }

    /** Reads a folder whose files replace the task's files of the same relative path. */
    public static Candidate fromDirectory(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (String rel : TaskYaml.listFiles(dir)) {
                files.put(rel, Files.readString(dir.resolve(rel), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Candidate(dir.getFileName().toString(), files, "directory " + dir);
    }

    /** The task's original, unchanged: evaluating it against the baseline is an A/A comparison. */
    public static Candidate original() {
        return new Candidate("original", Map.of(), "the task's own sources");
    }
}
