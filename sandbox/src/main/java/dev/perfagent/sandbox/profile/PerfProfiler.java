package dev.perfagent.sandbox.profile;

import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Linux perf for native programs: {@code perf record -F 999 --call-graph dwarf} around the run, then
 * {@code perf script} in the same sandboxed command (the binaries are where the recording saw them
 * only in there), folded into stacks on the host. The sampling event is perf's default, {@code cpu-clock}
 * of user code: what works without hardware counters and inside a user namespace. DWARF rather than
 * frame pointers, since {@code -O2} code and the C++ library have none and the stacks would break at
 * the first library call. {@code --no-inline} keeps {@code perf script} fast (inline resolution runs
 * addr2line per address) at the cost of showing inlined functions as their caller.
 */
public final class PerfProfiler implements Profiler {
    static final String SCRIPT = "perf.txt";

    @Override
    public String name() {
        return "perf cpu-clock 999 Hz";
    }

    @Override
    public String unit() {
        return "samples";
    }

    @Override
    public Optional<String> unavailable() {
        if (!Executables.exists("perf")) return Optional.of("perf not found: install it (apt-get install linux-perf)");
        return Optional.empty();
    }

    @Override
    public ExecSpec instrument(ExecSpec run) {
        String prelude = "perf record -q -F 999 --call-graph dwarf -o \"$P/perf.data\" -- \"$@\"; s=$?; "
                + "perf script -F comm,ip,sym --no-inline -i \"$P/perf.data\" > \"$P/" + SCRIPT + "\" 2>/dev/null; "
                + "rm -f \"$P/perf.data\"; exit $s";
        return Profiler.withCommand(run, Profiler.wrapped(prelude, run.command()));
    }

    @Override
    public boolean collect(Path folder, FrameCosts costs) throws IOException {
        Path script = folder.resolve(SCRIPT);
        if (!Files.isRegularFile(script)) return false;
        return PerfScript.addTo(costs, Workspace.readWritten(script)) > 0;
    }

    @Override
    public FrameFilter filter() {
        return FrameFilter.forNative();
    }
}
