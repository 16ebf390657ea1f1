package dev.perfagent.sandbox;

/**
 * Runs a command over a workspace, isolated from the host: no network, nothing outside the workspace
 * writable, the limits enforced. Implementations: {@link dev.perfagent.sandbox.local.LocalSandbox} (bubblewrap, or unshare as a
 * warned fallback) and {@link dev.perfagent.sandbox.container.ContainerSandbox} (a Docker container).
 */
public interface Sandbox extends AutoCloseable {

    ExecResult exec(Workspace workspace, ExecSpec spec);

    /**
     * Keeps a host folder (a task's, with its reference outputs and expert) invisible to every later command, even
     * where it lies under a folder the sandbox shows (a task under /opt or /usr). Sandboxes that show nothing of the
     * host but what they are given need do nothing.
     */
    default void hide(java.nio.file.Path hostFolder) {
    }

    /** A short name for reports: {@code bwrap}, {@code unshare}, {@code container}. */
    String name();

    /** How strong the isolation is, shown to the user when it is weaker than it should be. */
    default String isolation() {
        return name();
    }

    /**
     * The finest step in which {@link ExecResult#cpu()} is measured: 10 ms where only GNU time measures it
     * (the default), nanoseconds where a cgroup counts it, microseconds where wait4's rusage does (the container). Timing by CPU time is worth it only when this is fine.
     */
    default java.time.Duration cpuTimeResolution() {
        return java.time.Duration.ofMillis(10);
    }

    @Override
    default void close() {
    }
}
