package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.RunLimits;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** A workspace whose code has been built, and how to run it once on an input inside the sandbox. */
final class BuiltProgram implements AutoCloseable {
    private final Task task;
    private final Workspace workspace;
    private final Toolchain toolchain;
    private final Sandbox sandbox;

    private BuiltProgram(Task task, Workspace workspace, Toolchain toolchain, Sandbox sandbox) {
        this.task = task;
        this.workspace = workspace;
        this.toolchain = toolchain;
        this.sandbox = sandbox;
    }

    /** The task's sources with the candidate's files in place, in a workspace of their own, not yet built. */
    static BuiltProgram of(Task task, Candidate candidate, Sandbox sandbox) {
        return new BuiltProgram(task, workspace(task, candidate), Toolchains.forTask(task), sandbox);
    }

    private static Workspace workspace(Task task, Candidate candidate) {
        Workspace ws = Workspace.create(task.id());
        ws.copyFrom(task.sourceRoot());
        try {
            for (var e : candidate.files().entrySet()) {
                Path target = ws.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                // a link in the copied sources must not carry the write out of the workspace
                Files.deleteIfExists(target);
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            ws.close();
            throw new UncheckedIOException(e);
        }
        return ws;
    }

    /** Builds the workspace; the result's failure (if any) is the caller's to judge. */
    Optional<ExecResult> build() {
        return toolchain.build(task, Limits.forBuild())
                .map(spec -> sandbox.exec(workspace, spec.writable().withReadOnlyBinds(toolchain.readOnlyBinds(task))));
    }

    /** Runs the program once with {@code input} on stdin (or nothing), the workspace read-only. */
    ExecResult run(Optional<Path> input) {
        return sandbox.exec(workspace, runSpec(input));
    }

    /**
     * Runs nothing ({@code /bin/true}) the way {@link #run} runs the program, with no input: what the sandbox itself
     * costs per run (namespaces, mounts, limits, the CPU counter), which is not the program's work.
     */
    ExecResult runNothing() {
        ExecSpec spec = runSpec(Optional.empty());
        return sandbox.exec(workspace, ExecSpec.of(java.util.List.of("/bin/true"), spec.limits())
                .withEnv(spec.env()).withReadOnlyBinds(spec.readOnlyBinds()));
    }

    /** Runs the workload command (a repo or script workload) once. */
    ExecResult runCommand(String command) {
        return sandbox.exec(workspace, commandSpec(command));
    }

    /** What {@link #run} executes: the program once, {@code input} on stdin. */
    ExecSpec runSpec(Optional<Path> input) {
        ExecSpec spec = toolchain.run(task, RunLimits.forTask(task.limits())).withReadOnlyBinds(toolchain.readOnlyBinds(task));
        return input.map(spec::withStdin).orElse(spec);
    }

    /** What {@link #runCommand} executes. */
    ExecSpec commandSpec(String command) {
        return toolchain.command(task, command, RunLimits.forTask(task.limits()));
    }

    /**
     * Runs a repository's test command in a writable copy of this built workspace, with a build's limits: test
     * runners write (Maven's target/, a pytest cache) and need more than one run of the program; the copy keeps
     * whatever the tests leave behind out of the workspace that is timed. What failed is read from the copy's test
     * reports before it goes.
     */
    TestRun runTests(String command) {
        try (Workspace copy = Workspace.create(task.id() + "-tests")) {
            // times kept: Maven's test phase would otherwise see every source as newer than its class and
            // recompile the whole module before each test run
            copy.copyKeepingTimes(workspace.dir());
            ExecResult r = sandbox.exec(copy, toolchain.command(task, command, Limits.forBuild()).writable());
            return new TestRun(r, r.ok() ? Optional.empty() : TestReports.firstFailure(copy.dir(), r),
                    TestCount.of(copy.dir(), command, r.stdout() + "\n" + r.stderr()));
        }
    }

    /**
     * A test command's result and, when it failed, the first failing test found in its reports or output.
     *
     * @param testsRun how many tests ran, where the reports or the output say so
     */
    record TestRun(ExecResult result, Optional<TestReports.Failure> failure, java.util.OptionalInt testsRun) {
    }

    /**
     * Runs the program under callgrind on {@code input}: its instructions (read through {@link CallgrindCount}, never
     * from what the program prints) and what it printed on stdout, which must be the right answer too.
     */
    Optional<Counted> countInstructions(Optional<Path> input) {
        ExecSpec spec = toolchain.run(task, RunLimits.forTask(task.limits()));
        Limits slow = spec.limits().withWallTime(spec.limits().wallTime().multipliedBy(60));
        ExecSpec counted = ExecSpec.of(CallgrindCount.wrap(spec.command()), slow).withStdin(input)
                .withEnv(spec.env()).withReadOnlyBinds(toolchain.readOnlyBinds(task));
        ExecResult r = sandbox.exec(workspace, counted);
        if (!r.ok()) return Optional.empty();
        return CallgrindCount.parse(r.stderr()).map(n -> new Counted(n, r.stdout()));
    }

    /** One counted run: instructions and the output the program printed. */
    record Counted(long instructions, String stdout) {
    }

    Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
