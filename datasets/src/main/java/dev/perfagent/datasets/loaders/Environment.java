package dev.perfagent.datasets.loaders;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What this machine can run. Probed, not configured, so that a suite run on a laptop skips the kernel tasks that
 * the same command runs on a GPU machine.
 *
 * @param gpu          why there is no usable NVIDIA GPU, or empty when there is one
 * @param repoCheckout why repositories cannot be checked out here, or empty when they can
 */
public record Environment(Optional<String> gpu, Optional<String> repoCheckout) {

    public static Environment probe() {
        boolean device = Files.exists(Path.of("/dev/nvidia0"));
        boolean smi = onPath("nvidia-smi");
        Optional<String> gpu = device && smi ? Optional.empty()
                : Optional.of("no NVIDIA GPU here (" + (smi ? "" : "no nvidia-smi on PATH") + (smi || device ? "" : ", ") + (device ? "" : "no /dev/nvidia0") + ")");
        // GSO instances need the repository at a commit inside the instance's container image; bench has no
        // container sandbox wired in yet, so nothing can set them up here whatever the network says.
        Optional<String> repo = Optional.of("repository tasks need the container sandbox with the instance's image and checkout, which perfagent bench cannot use yet");
        return new Environment(gpu, repo);
    }

    /** For tests: a machine with a GPU (or without), and no way to check out repositories. */
    public static Environment withGpu(boolean present) {
        return new Environment(present ? Optional.empty() : Optional.of("no NVIDIA GPU here (test environment)"),
                Optional.of("repository checkout disabled (test environment)"));
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
