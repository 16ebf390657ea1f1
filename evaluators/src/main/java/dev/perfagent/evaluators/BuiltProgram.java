package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Toolchain;
import dev.perfagent.sandbox.Workspace;

import java.nio.file.Path;
import java.util.Optional;

/** A workspace whose code has been built, and how to run it once on an input inside the sandbox. */
final class BuiltProgram implements AutoCloseable {
    private final Task task;
    private final Workspace workspace;
    private final Toolchain toolchain;
    private final Sandbox sandbox;

    BuiltProgram(Task task, Workspace workspace, Toolchain toolchain, Sandbox sandbox) {
        this.task = task;
        this.workspace = workspace;
        this.toolchain = toolchain;
        this.sandbox = sandbox;
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

    /** Runs the workload command (a repo or script workload) once. */
    ExecResult runCommand(String command) {
        return sandbox.exec(workspace, commandSpec(command));
    }

    /** What {@link #run} executes: the program once, {@code input} on stdin. */
    ExecSpec runSpec(Optional<Path> input) {
        ExecSpec spec = toolchain.run(task, Limits.forTask(task.limits())).withReadOnlyBinds(toolchain.readOnlyBinds(task));
        return input.map(spec::withStdin).orElse(spec);
    }

    /** What {@link #runCommand} executes. */
    ExecSpec commandSpec(String command) {
        return toolchain.command(task, command, Limits.forTask(task.limits()));
    }

    /**
     * Runs a repository's test command in a writable copy of this built workspace, with a build's limits: test
     * runners write (Maven's target/, a pytest cache) and need more than one run of the program; the copy keeps
     * whatever the tests leave behind out of the workspace that is timed. What failed is read from the copy's test
     * reports before it goes.
     */
    TestRun runTests(String command) {
        try (Workspace copy = Workspace.create(task.id() + "-tests")) {
            copy.copyFrom(workspace.dir());
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

    /** Runs the program under callgrind and returns the instructions it executed, if valgrind could count them. */
    Optional<Long> countInstructions(Optional<Path> input) {
        ExecSpec spec = toolchain.run(task, Limits.forTask(task.limits()));
        var cmd = new java.util.ArrayList<String>(java.util.List.of(
                "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--trace-children=yes"));
        cmd.addAll(spec.command());
        Limits slow = spec.limits().withWallTime(spec.limits().wallTime().multipliedBy(60));
        ExecSpec counted = new ExecSpec(cmd, input, spec.env(), slow, false, toolchain.readOnlyBinds(task));
        ExecResult r = sandbox.exec(workspace, counted);
        if (!r.ok()) return Optional.empty();
        long total = 0;
        boolean found = false;
        for (String line : r.stderr().split("\n")) {
            int i = line.indexOf("Collected :");
            if (i >= 0) {
                total += Long.parseLong(line.substring(i + "Collected :".length()).trim());
                found = true;
            }
        }
        return found ? Optional.of(total) : Optional.empty();
    }

    Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
