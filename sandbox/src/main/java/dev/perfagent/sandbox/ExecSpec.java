package dev.perfagent.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One command to run in a workspace.
 *
 * @param command           argv; run through {@code /bin/sh -c} when given as {@link #shell(String)}
 * @param stdin             file fed to standard input (empty: /dev/null)
 * @param env               extra environment variables (the sandbox starts from a small clean environment)
 * @param limits            resource limits
 * @param workspaceWritable builds may write the workspace; runs see it read-only so that nothing a
 *                          candidate leaves behind (a cache of results) survives into the next run
 * @param readOnlyBinds     host folders made visible read-only at the same path (e.g. ~/.m2 for Maven)
 * @param gpu               the NVIDIA device nodes are made visible (kernel tasks); nothing else of /dev is
 */
public record ExecSpec(List<String> command, Optional<Path> stdin, Map<String, String> env, Limits limits,
                       boolean workspaceWritable, List<Path> readOnlyBinds, boolean gpu) {

    public ExecSpec {
        command = List.copyOf(command);
        env = Map.copyOf(env);
        readOnlyBinds = List.copyOf(readOnlyBinds);
    }

    /** With the GPU's device nodes visible inside the sandbox. */
    public ExecSpec withGpu() {
        return new ExecSpec(command, stdin, env, limits, workspaceWritable, readOnlyBinds, true);
    }

    /** {@code command} under {@code limits}; the rest at its defaults: no stdin, no extra env, read-only, no binds, no GPU. */
    public static ExecSpec of(List<String> command, Limits limits) {
        return new ExecSpec(command, Optional.empty(), Map.of(), limits, false, List.of(), false);
    }

    public static ExecSpec shell(String script, Limits limits) {
        return of(List.of("/bin/sh", "-c", script), limits);
    }

    public ExecSpec withStdin(Path file) {
        return withStdin(Optional.of(file));
    }

    /** Standard input from {@code file}, or /dev/null when it is empty. */
    public ExecSpec withStdin(Optional<Path> file) {
        return new ExecSpec(command, file, env, limits, workspaceWritable, readOnlyBinds, gpu);
    }

    public ExecSpec withEnv(Map<String, String> more) {
        var merged = new java.util.HashMap<>(env);
        merged.putAll(more);
        return new ExecSpec(command, stdin, merged, limits, workspaceWritable, readOnlyBinds, gpu);
    }

    public ExecSpec writable() {
        return new ExecSpec(command, stdin, env, limits, true, readOnlyBinds, gpu);
    }

    public ExecSpec withReadOnlyBinds(List<Path> binds) {
        return new ExecSpec(command, stdin, env, limits, workspaceWritable, binds, gpu);
    }

    public ExecSpec withLimits(Limits l) {
        return new ExecSpec(command, stdin, env, l, workspaceWritable, readOnlyBinds, gpu);
    }

    /** The environment every sandboxed command starts from, before {@link #env()}, in either sandbox. */
    public static Map<String, String> baseEnvironment() {
        return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", "/tmp", "TMPDIR", "/tmp", "LANG", "C.UTF-8");
    }
}
