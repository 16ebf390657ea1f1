package dev.perfagent.datasets;

import java.util.List;
import java.util.Optional;

/**
 * How a task is built. Without a command the language's toolchain default is used with {@code flags}
 * (for C/C++ the flags replace the default {@code -O2}).
 *
 * @param command shell command run in the workspace, overriding the toolchain default
 * @param flags   compiler flags for the default command; empty means the toolchain's defaults
 * @param tool    for Java: {@code javac} (default) or {@code maven}
 */
public record BuildSpec(Optional<String> command, List<String> flags, String tool) {
    public BuildSpec {
        flags = List.copyOf(flags);
    }

    public static BuildSpec defaults() {
        return new BuildSpec(Optional.empty(), List.of(), "javac");
    }
}
