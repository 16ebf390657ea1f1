package dev.perfagent.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The NVIDIA device nodes of this machine, and whether there is a GPU at all. bubblewrap's {@code --dev /dev} is a
 * fresh, minimal /dev, so a kernel task's commands get these nodes bound in ({@code /dev/nvidia0},
 * {@code /dev/nvidiactl}, {@code /dev/nvidia-uvm}, …) and nothing else of the host's /dev.
 */
public final class GpuDevices {
    private static final Path DEV = Path.of("/dev");

    private GpuDevices() {
    }

    /** Every {@code /dev/nvidia*} node (and {@code /dev/nvidia-caps/}), sorted. */
    public static List<Path> nodes() {
        try (Stream<Path> s = Files.list(DEV)) {
            return s.filter(p -> p.getFileName().toString().startsWith("nvidia")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Why kernels cannot run here, or empty when an NVIDIA GPU is present: a device node {@code /dev/nvidia<N>} and
     * the driver's {@code nvidia-smi} answering.
     */
    public static Optional<String> absence() {
        boolean device = nodes().stream().anyMatch(p -> p.getFileName().toString().matches("nvidia\\d+"));
        if (!device) return Optional.of("no NVIDIA GPU on this machine (no /dev/nvidia0)");
        return Optional.empty();
    }
}
