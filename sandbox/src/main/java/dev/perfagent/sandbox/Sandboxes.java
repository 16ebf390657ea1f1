package dev.perfagent.sandbox;

import dev.perfagent.sandbox.container.ContainerSandbox;
import dev.perfagent.sandbox.local.LocalSandbox;

import java.util.List;

/** The sandboxes by their short names, as the CLI's {@code --sandbox} names them. */
public final class Sandboxes {
    public static final List<String> NAMES = List.of("local", "container");

    private Sandboxes() {
    }

    /**
     * {@code local}: bubblewrap (or the warned unshare fallback); {@code container}: a Docker container of
     * {@code image}. A sandbox that cannot run here is a {@link SandboxUnavailableException} saying why.
     */
    public static Sandbox open(String name, String image) {
        return switch (name) {
            case "local" -> LocalSandbox.detect();
            case "container" -> ContainerSandbox.start(image);
            default -> throw new IllegalArgumentException("unknown sandbox '" + name + "'; one of " + String.join(", ", NAMES));
        };
    }
}
