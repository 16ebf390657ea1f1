package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.RunLimits;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Behaviour replay for Python: the benchmark runs once on the original with the targeted functions wrapped (a
 * {@code usercustomize} module loaded by the benchmark's own interpreter), which keeps their outermost calls —
 * arguments, the result or exception, the arguments afterwards (pickled; bounded per call, per function and in
 * all; calls whose values cannot be pickled are counted and skipped). Every candidate's tests are then followed by
 * the same calls made again against it: the first whose result, exception or effect on its arguments differs makes
 * the candidate INCORRECT, named. The recording sits in the candidate's workspace encrypted with a key that only
 * the test command holds, so a timed run cannot look the answers up.
 */
final class PythonReplay {
    static final String DIR = ".perfagent-replay";
    /** The bounds on a recording, shared with {@link JavaReplay}: calls per function, bytes per call and in all. */
    static final int MAX_CALLS = 100;
    static final int MAX_CALL_BYTES = 256 * 1024;
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** What both recorders print when they have written their recording. */
    static final Pattern RECORDED = Pattern.compile("perfagent-replay: recorded (\\d+) call\\(s\\), (\\d+) not recordable");

    /** @param calls calls recorded; {@code skipped} calls that could not be */
    record Recording(String key, int calls, int skipped) {
        /** What runs after the tests: the replay against the version in the workspace. */
        String checkCommand(String pathPrefix) {
            return pathPrefix + "python3 -B " + DIR + "/replay_check.py " + key;
        }
    }

    private PythonReplay() {
    }

    /**
     * Records the targets' calls in one run of the benchmark on the original and places the recording and the
     * replayer in {@code copy} (the source root every candidate's workspace is made from). Empty, with the reason
     * logged by the caller, when nothing could be recorded.
     */
    static Optional<Recording> record(Sandbox sandbox, Task probe, String bench, List<Target> targets, Path copy) {
        List<String[]> wanted = targets.stream().map(t -> new String[]{t.method().file(), qualname(t.method())}).toList();
        if (wanted.isEmpty() || bench.isBlank()) return Optional.empty();
        String key = newKey();
        StringBuilder targetJson = new StringBuilder();
        for (String[] w : wanted) {
            targetJson.append(targetJson.isEmpty() ? "" : ", ").append("[\"").append(w[0]).append("\", \"").append(w[1]).append("\"]");
        }
        String config = "{\"dir\": \"" + DIR + "\", \"out\": \"" + DIR + "/calls.bin\", \"key\": \"" + key + "\", \"targets\": [" + targetJson
                + "], \"max_calls\": " + MAX_CALLS + ", \"max_call_bytes\": " + MAX_CALL_BYTES + ", \"max_bytes\": " + MAX_BYTES + "}";
        // the user site of a HOME of our own: loaded by any python3 the benchmark starts, whatever PYTHONPATH it sets
        String script = "export HOME=\"$PWD/" + DIR + "/home\" && d=$(python3 -c 'import site; print(site.getusersitepackages())') && mkdir -p \"$d\" && cp "
                + DIR + "/replay_record.py \"$d/usercustomize.py\" && export PERFAGENT_RECORD='" + config + "' && " + bench;
        Toolchain tc = Toolchains.forTask(probe);
        try (Workspace ws = Workspace.create(probe.id() + "-record").copyFrom(copy)) {
            install(ws.dir().resolve(DIR), List.of("replay_common.py", "replay_record.py"));
            Limits limits = RunLimits.forTask(probe.limits()).withWallTime(probe.limits().time().multipliedBy(3));
            ExecResult r = sandbox.exec(ws, tc.command(probe, script, limits).writable());
            Path calls = ws.dir().resolve(DIR).resolve("calls.bin");
            Matcher m = RECORDED.matcher(r.stderr());
            if (!r.ok() || !Files.isRegularFile(calls) || !m.find()) return Optional.empty();
            Path target = copy.resolve(DIR);
            install(target, List.of("replay_common.py", "replay_check.py"));
            Files.copy(calls, target.resolve("calls.bin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(new Recording(key, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh 256-bit key, in hex, for one recording. */
    static String newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return HexFormat.of().formatHex(k);
    }

    /** Module-level {@code name}, or {@code Class.name} for a method. */
    static String qualname(SourceMethod m) {
        return m.owner().equals(m.file()) ? m.name() : m.owner() + "." + m.name();
    }

    private static void install(Path dir, List<String> names) throws IOException {
        Files.createDirectories(dir);
        for (String name : names) {
            try (InputStream in = PythonReplay.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("resource " + name + " missing from the perfagent jar");
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }
}
