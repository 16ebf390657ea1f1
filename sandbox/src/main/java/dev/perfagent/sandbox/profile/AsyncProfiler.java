package dev.perfagent.sandbox.profile;

import dev.perfagent.sandbox.Workspace;

import dev.perfagent.sandbox.ExecSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * async-profiler, loaded into the profiled process: as a JVM agent through {@code JAVA_TOOL_OPTIONS}
 * (so that a task's own run command, or a script that starts several JVMs, is profiled too), or into a
 * native program with {@code LD_PRELOAD}. Every process writes {@code <mode>-<pid>.collapsed} at exit.
 * The library is copied into the workspace rather than bound, so it is visible in any kind of sandbox.
 *
 * <p>The CPU event is {@code cpu-clock}, not {@code cpu}: inside the sandbox's user namespace
 * {@code event=cpu} silently falls back to a timer, while {@code cpu-clock} keeps perf_events. Native
 * stacks are walked with DWARF, since optimized code and the C++ library have no frame pointers.
 */
public final class AsyncProfiler implements Profiler {
    /** The JVM is asked to record debug information between safepoints, so inlined frames are attributed where they ran. */
    private static final String JVM_FLAGS = "-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints";

    private static final Pattern ALLOCATED_TYPE = Pattern.compile(";([^;]+)_\\[[ik]\\] (\\d+)$", Pattern.MULTILINE);

    private final boolean java;
    private final ProfileEvent event;

    private AsyncProfiler(boolean java, ProfileEvent event) {
        this.java = java;
        this.event = event;
    }

    public static AsyncProfiler forJava(ProfileEvent event) {
        return new AsyncProfiler(true, event);
    }

    /** A native program, CPU only (allocation profiling needs a JVM). */
    public static AsyncProfiler forNative() {
        return new AsyncProfiler(false, ProfileEvent.CPU);
    }

    @Override
    public String name() {
        String how = event == ProfileEvent.ALLOCATION ? "alloc" : "cpu-clock 1ms";
        return "async-profiler " + AsyncProfilerLibrary.version() + " " + how + (java ? "" : " (LD_PRELOAD)");
    }

    @Override
    public String unit() {
        return event == ProfileEvent.ALLOCATION ? "bytes" : "samples";
    }

    @Override
    public Optional<String> unavailable() {
        return AsyncProfilerLibrary.unavailable();
    }

    @Override
    public void install(Path folder) throws IOException {
        Files.copy(AsyncProfilerLibrary.extracted(), folder.resolve(AsyncProfilerLibrary.NAME), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public ExecSpec instrument(ExecSpec run) {
        String mode = java ? "java" : "native";
        // total: an allocation profile counts bytes, not allocation samples
        String what = event == ProfileEvent.ALLOCATION ? "event=alloc,total" : "event=cpu-clock,interval=1ms";
        String options = "start," + what + (java ? ",ann" : ",cstack=dwarf") + ",file=$P/" + mode + "-%p.collapsed,collapsed";
        String lib = "$P/" + AsyncProfilerLibrary.NAME;
        String prelude = java
                ? "JAVA_TOOL_OPTIONS=\"" + JVM_FLAGS + " -agentpath:" + lib + "=" + options + " $JAVA_TOOL_OPTIONS\" exec \"$@\""
                : "LD_PRELOAD=\"" + lib + "\" ASPROF_COMMAND=\"" + options + "\" exec \"$@\"";
        return Profiler.withCommand(run, Profiler.wrapped(prelude, run.command()));
    }

    @Override
    public boolean collect(Path folder, FrameCosts costs) throws IOException {
        boolean found = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.collapsed")) {
            for (Path f : files) {
                String text = Workspace.readWritten(f);
                // the allocated type is the innermost frame, marked _[i] (in a new TLAB) or _[k] (outside one):
                // marks that mean "inlined" and "kernel" in a CPU profile
                if (event == ProfileEvent.ALLOCATION) text = ALLOCATED_TYPE.matcher(text).replaceAll(";$1" + JvmFrames.ALLOCATED_MARK + " $2");
                CollapsedStacks.addTo(costs, text);
                found = true;
            }
        }
        return found;
    }

    @Override
    public FrameFilter filter() {
        return java ? FrameFilter.forJava() : FrameFilter.forNative();
    }
}
