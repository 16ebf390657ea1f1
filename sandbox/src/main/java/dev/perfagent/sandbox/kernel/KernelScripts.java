package dev.perfagent.sandbox.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * perfagent's own Python scripts for kernel tasks, shipped as resources beside this class and copied into a
 * workspace's {@value #FOLDER} folder (never an editable path, so no candidate can replace them):
 * {@value #HARNESS} judges a candidate on the GPU, {@value #GUARD} reads its source for known hacks,
 * {@value #CUDA_SOURCES} lists the CUDA strings nvcc can compile without PyTorch.
 */
public final class KernelScripts {
    public static final String FOLDER = ".perfagent";
    public static final String HARNESS = "kernel_harness.py";
    public static final String GUARD = "kernel_guard.py";
    public static final String CUDA_SOURCES = "cuda_sources.py";
    public static final List<String> ALL = List.of(HARNESS, GUARD, CUDA_SOURCES);

    private KernelScripts() {
    }

    public static String text(String name) {
        try (InputStream in = KernelScripts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is not in the jar (dev/perfagent/sandbox/kernel/)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every script into {@code workspace/.perfagent/}; returns that folder. */
    public static Path install(Path workspace) {
        Path dir = workspace.resolve(FOLDER);
        try {
            Files.createDirectories(dir);
            for (String s : ALL) Files.writeString(dir.resolve(s), text(s), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kernel scripts into " + dir, e);
        }
        return dir;
    }

    /** The path a command running in the workspace uses for a script. */
    public static String inWorkspace(String name) {
        return FOLDER + "/" + name;
    }
}
