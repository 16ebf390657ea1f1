package dev.perfagent.sandbox.profile;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a workload once under a profiler, in the sandbox, and ranks what was recorded. A workload is one
 * or more runs (the program on each input); their costs are summed into one profile. The workspace is
 * written to (the profile folder), so it should be one made for profiling, not one whose runs are
 * measured afterwards. Failures are data: a missing profiler, a run that crashed or recorded nothing all
 * come back as a profile with a one-line {@link Profile#problem()}, never as an exception.
 */
public final class ProfileRecorder {
    /** Profiling slows a run down (cProfile several times): the run gets this many times its wall time, plus a margin. */
    private static final int SLOWDOWN = 4;
    /** perf.data and the agent's buffers are files and memory the program itself would not need. */
    private static final long PROFILE_FILES = 1024 * Limits.MIB;
    private static final long PROFILER_MEMORY = 256 * Limits.MIB;

    private final Sandbox sandbox;

    public ProfileRecorder(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Profiles {@code runs} with the first of {@code profilers} that is available here and records samples. */
    public Profile record(Workspace workspace, List<Profiler> profilers, List<ExecSpec> runs) {
        Profile last = Profile.unavailable("none", "no profiler for this language");
        for (Profiler p : profilers) {
            last = record(workspace, p, runs);
            if (!last.isEmpty()) return last;
        }
        return last;
    }

    public Profile record(Workspace workspace, Profiler profiler, List<ExecSpec> runs) {
        Optional<String> missing = profiler.unavailable();
        if (missing.isPresent()) return Profile.unavailable(profiler.name(), missing.get());
        Path folder = workspace.resolve(Profiler.FOLDER);
        FrameCosts costs = new FrameCosts(profiler.filter());
        List<String> problems = new ArrayList<>();
        try {
            for (ExecSpec run : runs) {
                reset(folder);
                profiler.install(folder);
                ExecResult r = sandbox.exec(workspace, profiler.instrument(run).withLimits(roomier(run.limits())).writable());
                boolean recorded = profiler.collect(folder, costs);
                if (!r.ok()) problems.add("a profiled run ended with " + r.describeEnd() + firstLine(r.stderr()));
                else if (!recorded) problems.add(profiler.name() + " recorded nothing" + firstLine(r.stderr()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add("profiling failed: " + e.getMessage());
        } finally {
            delete(folder);
        }
        Optional<String> problem = problems.stream().findFirst();
        return costs.toProfile(profiler.name(), profiler.unit(), problem);
    }

    static Limits roomier(Limits l) {
        Duration wall = l.wallTime().multipliedBy(SLOWDOWN).plusSeconds(10);
        return new Limits(wall, l.cpuTime().multipliedBy(SLOWDOWN).plusSeconds(10), l.memoryBytes() + PROFILER_MEMORY,
                l.processes() + 16, Math.max(l.fileSizeBytes(), PROFILE_FILES), l.openFiles() + 64, l.outputBytes());
    }

    private static String firstLine(String stderr) {
        return stderr.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                .findFirst().map(s -> ": " + (s.length() > 160 ? s.substring(0, 160) + "…" : s)).orElse("");
    }

    private static void reset(Path folder) throws IOException {
        delete(folder);
        Files.createDirectories(folder);
        // the sandbox's user is not the host user that created it (unshare runs as nobody)
        folder.toFile().setWritable(true, false);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile folder in a throwaway workspace does no harm
        }
    }
}
