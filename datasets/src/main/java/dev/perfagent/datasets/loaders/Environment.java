package dev.perfagent.datasets.loaders;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What this machine can run. Probed, not configured, so that a suite run on a laptop skips the kernel tasks that
 * the same command runs on a GPU machine. (Repository tasks depend on what the user gives instead: {@code --repos},
 * in {@link LoadContext}.)
 *
 * @param gpu why there is no usable NVIDIA GPU, or empty when there is one
 */
public record Environment(Optional<String> gpu) {

    public static Environment probe() {
        boolean device = Files.exists(Path.of("/dev/nvidia0"));
        boolean smi = onPath("nvidia-smi");
        Optional<String> gpu = device && smi ? Optional.empty()
                : Optional.of("no NVIDIA GPU here (" + (smi ? "" : "no nvidia-smi on PATH") + (smi || device ? "" : ", ") + (device ? "" : "no /dev/nvidia0") + ")");
        return new Environment(gpu);
    }

    /** For tests: a machine with a GPU (or without). */
    public static Environment withGpu(boolean present) {
        return new Environment(present ? Optional.empty() : Optional.of("no NVIDIA GPU here (test environment)"));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
