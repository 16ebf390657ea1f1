package dev.perfagent.agent.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where runs live: {@code .perfagent/runs/<run-id>/}, a run named by when it started and its task. */
public final class RunFolder {
    public static final Path DEFAULT_ROOT = Path.of(".perfagent", "runs");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolder() {
    }

    public static String newId(String taskId) {
        return LocalDateTime.now().format(STAMP) + "-" + taskId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A run given as a folder path, or as an id under the runs root. */
    public static Path locate(Path root, String run) {
        Path asPath = Path.of(run);
        if (Files.isDirectory(asPath) && Files.exists(asPath.resolve(dev.perfagent.agent.loop.Trajectory.FILE))) return asPath;
        return root.resolve(run);
    }
}
