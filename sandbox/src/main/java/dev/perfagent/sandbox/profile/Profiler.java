package dev.perfagent.sandbox.profile;

import dev.perfagent.sandbox.ExecSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A way to profile one run of a command inside the sandbox. The run is changed to write what the
 * profiler records into {@link #FOLDER} of the workspace; afterwards the host reads it from there. The
 * folder is the only channel: nothing assumes where the sandbox mounts the workspace (bwrap, unshare or a
 * container), since the changed command finds the folder from its starting directory.
 */
public interface Profiler {
    /** The workspace folder a profiled run writes into; created before and removed after each run. */
    String FOLDER = ".perfagent-profile";

    /** The tool and how it samples, for the profile's header: "perf cpu-clock 999 Hz". */
    String name();

    /** What the costs count: {@code samples}, {@code microseconds}, {@code bytes}. */
    String unit();

    /** One line saying why this profiler cannot run here ("perf not found: …"), or empty when it can. */
    Optional<String> unavailable();

    /** Puts what the run needs into {@code folder} (an agent library, a hook script) before it starts. */
    default void install(Path folder) throws IOException {
    }

    /** {@code run}, changed so that it is profiled from start to exit. */
    ExecSpec instrument(ExecSpec run);

    /** Adds what the run left in {@code folder} to {@code costs}; false when it left nothing to read. */
    boolean collect(Path folder, FrameCosts costs) throws IOException;

    /** The frame filter for this profiler's frame names. */
    FrameFilter filter();

    /**
     * {@code argv} run through a shell that first runs {@code prelude}; the prelude may use {@code $P},
     * the profile folder as the sandbox sees it. {@code argv} reaches the shell as positional parameters,
     * never as shell text.
     */
    static List<String> wrapped(String prelude, List<String> argv) {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/sh", "-c", "P=\"$PWD/" + FOLDER + "\"; " + prelude, "sh"));
        cmd.addAll(argv);
        return cmd;
    }

    /** {@code run} with another command, everything else kept. */
    static ExecSpec withCommand(ExecSpec run, List<String> command) {
        ExecSpec s = ExecSpec.of(command, run.limits()).withEnv(run.env()).withReadOnlyBinds(run.readOnlyBinds());
        if (run.stdin().isPresent()) s = s.withStdin(run.stdin().get());
        return run.workspaceWritable() ? s.writable() : s;
    }
}
