package dev.perfagent.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the task files under a path: a task.yaml, a task folder, or a folder of task folders. */
public final class TaskSuite {
    private TaskSuite() {
    }

    public static List<Path> taskFiles(Path path) {
        if (Files.isRegularFile(path)) return List.of(path);
        if (Files.isRegularFile(path.resolve(TaskYaml.FILE_NAME))) return List.of(path.resolve(TaskYaml.FILE_NAME));
        if (!Files.isDirectory(path)) return List.of();
        try (Stream<Path> walk = Files.walk(path, 4)) {
            return walk.filter(p -> p.getFileName().toString().equals(TaskYaml.FILE_NAME)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
