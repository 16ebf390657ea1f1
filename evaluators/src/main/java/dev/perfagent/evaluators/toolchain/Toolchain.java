package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Task;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** How a language's code is built and started inside a sandbox. */
public interface Toolchain {

    /** The build step for the task (empty when nothing needs building). Runs with the workspace writable. */
    Optional<ExecSpec> build(Task task, Limits limits);

    /** The command that runs the built program once; input arrives on stdin. */
    ExecSpec run(Task task, Limits limits);

    /**
     * A shell command of the task's own (its test command, its benchmark) set up the way this toolchain runs its own
     * tools: the same JDK, Maven's local repository. Read-only unless the caller makes it writable.
     */
    default ExecSpec command(Task task, String script, Limits limits) {
        return ExecSpec.shell(script, limits).withReadOnlyBinds(readOnlyBinds(task));
    }

    /** Host folders the build or run needs to see read-only (a JDK elsewhere, ~/.m2, a Python prefix). */
    default List<Path> readOnlyBinds(Task task) {
        return List.of();
    }

    /**
     * The executables this toolchain needs, checked before anything runs; a missing one is reported
     * as "install X" rather than as a build failure of the candidate.
     */
    List<String> requiredExecutables(Task task);
}
