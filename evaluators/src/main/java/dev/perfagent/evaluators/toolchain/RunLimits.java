package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.sandbox.Limits;

/** The sandbox limits a task's program runs under, from the task's own {@code limits:} (time and memory). */
public final class RunLimits {
    private RunLimits() {
    }

    public static Limits forTask(TaskLimits task) {
        return Limits.forRun(task.time(), task.memoryBytes());
    }
}
