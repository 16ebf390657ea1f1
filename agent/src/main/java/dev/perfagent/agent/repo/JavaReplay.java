package dev.perfagent.agent.repo;

import dev.perfagent.agent.repo.jvmreplay.ReplayCheck;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.RunLimits;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Behaviour replay for Java, as {@link PythonReplay} does it for Python: the original is built and its benchmark run
 * once with a Java agent in every JVM it starts ({@code -javaagent} through {@code JAVA_TOOL_OPTIONS}; the agent is
 * {@code jvmreplay}, assembled into a jar by {@link JavaReplayAgentJar}). The agent rewrites the targeted methods to
 * keep their outermost calls — receiver and arguments before, the result or exception, receiver and arguments after —
 * bounded per method, per call and in all; values it cannot write are skipped and counted. Every candidate's tests
 * are then followed by the same calls made again against its classes ({@link ReplayCheck}); the first that differs
 * makes the candidate INCORRECT, named. The recording is sealed with a key only the test command holds.
 */
final class JavaReplay {
    static final String JAR = "replay-agent.jar";
    private static final java.util.regex.Pattern FIRST_SKIP = java.util.regex.Pattern.compile("not recordable \\(the first: (.*)\\)");

    /** @param calls calls recorded; {@code skipped} calls that could not be */
    record Recording(String key, int calls, int skipped) {
        /** What runs after the tests: the replay against the candidate's classes, as the benchmark found them. */
        String checkCommand() {
            return "java -cp " + PythonReplay.DIR + "/" + JAR + " " + ReplayCheck.class.getName() + " " + key;
        }
    }

    private JavaReplay() {
    }

    /**
     * Builds the original in a workspace of its own, records the targets' calls in one run of the benchmark, and
     * places the agent jar and the sealed recording in {@code copy}. Empty when nothing could be recorded; why is
     * in the result's {@code problem}.
     */
    static Attempt record(Sandbox sandbox, Task probe, String bench, List<Target> targets, Path copy) {
        LinkedHashSet<String> wanted = new LinkedHashSet<>();
        for (Target t : targets) {
            if (t.method().key().endsWith(".<init>")) continue;
            wanted.add(t.method().owner() + "#" + t.method().name());
        }
        if (wanted.isEmpty()) return Attempt.none("no targeted method is one that can be replayed (constructors are not)");
        if (bench.isBlank()) return Attempt.none("no benchmark command to record from");
        String key = PythonReplay.newKey();
        String dir = PythonReplay.DIR;
        String settings = "key=" + key + "\nout=calls.bin\ntargets=" + String.join(",", wanted) + "\nmax-calls=" + PythonReplay.MAX_CALLS
                + "\nmax-call-bytes=" + PythonReplay.MAX_CALL_BYTES + "\nmax-bytes=" + PythonReplay.MAX_BYTES + "\n";
        String script = "export JAVA_TOOL_OPTIONS=\"${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }-javaagent:$PWD/" + dir + "/" + JAR + "=$PWD/" + dir
                + "/record.properties\" && " + bench;
        Toolchain tc = Toolchains.forTask(probe);
        try (Workspace ws = Workspace.create(probe.id() + "-record").copyFrom(copy)) {
            Optional<ExecResult> build = tc.build(probe, Limits.forBuild())
                    .map(spec -> sandbox.exec(ws, spec.writable().withReadOnlyBinds(tc.readOnlyBinds(probe))));
            if (build.isPresent() && !build.get().ok()) return Attempt.none("the original did not build for recording");
            Path replayDir = ws.dir().resolve(dir);
            Files.createDirectories(replayDir);
            JavaReplayAgentJar.write(replayDir.resolve(JAR));
            Files.writeString(replayDir.resolve("record.properties"), settings);
            Limits limits = RunLimits.forTask(probe.limits()).withWallTime(probe.limits().time().multipliedBy(3));
            ExecResult r = sandbox.exec(ws, tc.command(probe, script, limits).writable().withReadOnlyBinds(tc.readOnlyBinds(probe)));
            Path calls = replayDir.resolve("calls.bin");
            Matcher m = PythonReplay.RECORDED.matcher(r.stderr());
            if (!r.ok()) return Attempt.none("the benchmark failed with the recorder (exit code " + r.exitCode() + ")");
            if (!Files.isRegularFile(calls) || !m.find()) return Attempt.none("the benchmark never called a targeted method in a JVM the recorder saw");
            int recorded = Integer.parseInt(m.group(1));
            int skipped = Integer.parseInt(m.group(2));
            Matcher why = FIRST_SKIP.matcher(r.stderr());
            String first = why.find() ? "the first held " + why.group(1) : "";
            if (recorded == 0) return Attempt.none(skipped + " call(s), none recordable" + (first.isEmpty() ? "" : ": " + first));
            Path target = copy.resolve(dir);
            Files.createDirectories(target);
            JavaReplayAgentJar.write(target.resolve(JAR));
            Files.copy(calls, target.resolve("calls.bin"), StandardCopyOption.REPLACE_EXISTING);
            // with some calls not recordable, the problem says what the first of them held
            return new Attempt(Optional.of(new Recording(key, recorded, skipped)), skipped == 0 ? "" : first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recording, or why there is none. */
    record Attempt(Optional<Recording> recording, String problem) {
        static Attempt none(String why) {
            return new Attempt(Optional.empty(), why);
        }
    }
}
