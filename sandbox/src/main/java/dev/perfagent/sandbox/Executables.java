package dev.perfagent.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the tools a toolchain calls exist where the sandbox will look for them: on the sandbox's
 * PATH, not the user's (a compiler under ~/.local or a pyenv shim is hidden inside).
 */
public final class Executables {
    /** The PATH every sandboxed command gets. */
    public static final List<String> SANDBOX_PATH = List.of("/usr/local/bin", "/usr/bin", "/bin");

    private static final Map<String, String> INSTALL = Map.of(
            "gcc", "apt-get install gcc",
            "g++", "apt-get install g++",
            "javac", "apt-get install openjdk-17-jdk-headless",
            "java", "apt-get install openjdk-17-jdk-headless",
            "mvn", "apt-get install maven",
            "python3", "apt-get install python3",
            "nvcc", "the CUDA toolkit: https://developer.nvidia.com/cuda-downloads, or apt-get install nvidia-cuda-toolkit");

    private Executables() {
    }

    /** An absolute path is checked as it is; a bare name is looked up on the sandbox's PATH. */
    public static boolean exists(String executable) {
        if (executable.startsWith("/")) return Files.isExecutable(Path.of(executable));
        return SANDBOX_PATH.stream().anyMatch(d -> Files.isExecutable(Path.of(d, executable)));
    }

    /** "g++ not found: install it (apt-get install g++)", for the first of {@code executables} that is missing. */
    public static Optional<String> firstMissing(List<String> executables) {
        for (String e : executables) {
            if (exists(e)) continue;
            String name = Path.of(e).getFileName().toString();
            String how = INSTALL.get(name);
            return Optional.of(e + " not found: install it" + (how == null ? "" : " (" + how + ")"));
        }
        return Optional.empty();
    }
}
