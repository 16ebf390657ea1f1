package dev.perfagent.datasets;

import java.time.Duration;

/** The limits one run of the task's program gets: wall time and memory. */
public record TaskLimits(Duration time, long memoryBytes) {
    public static TaskLimits defaults() {
        return new TaskLimits(Duration.ofSeconds(10), 1024L * 1024 * 1024);
    }
}
