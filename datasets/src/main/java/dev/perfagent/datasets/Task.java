package dev.perfagent.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Code to make faster and the way to judge it.
 *
 * @param dir         the folder the task was read from
 * @param sourceRoot  folder holding the original sources (the workspace is a copy of it)
 * @param sources     every file of the original, relative to {@code sourceRoot}
 * @param editable    the files a candidate may change, relative to {@code sourceRoot}
 * @param expert      folder holding the expert's versions of editable files, if any
 * @param sandboxImage the container image this task's code must be built and run in ({@code sandbox.image}),
 *                     when it needs more than the default image; only the container sandbox uses it
 */
public record Task(
        Path dir,
        String id,
        Language language,
        TaskKind kind,
        String description,
        Path sourceRoot,
        List<String> sources,
        List<String> editable,
        BuildSpec build,
        RunSpec run,
        Judge judge,
        Workload workload,
        Optional<Path> expert,
        TaskLimits limits,
        Optional<String> sandboxImage) {

    public Task {
        sources = List.copyOf(sources);
        editable = List.copyOf(editable);
    }

    /** A task without an image of its own (every loader that predates {@code sandbox.image}). */
    public Task(Path dir, String id, Language language, TaskKind kind, String description, Path sourceRoot,
                List<String> sources, List<String> editable, BuildSpec build, RunSpec run, Judge judge,
                Workload workload, Optional<Path> expert, TaskLimits limits) {
        this(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, expert, limits, Optional.empty());
    }

    public Task withLimits(TaskLimits newLimits) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, expert, newLimits, sandboxImage);
    }

    public boolean isEditable(String relativePath) {
        return editable.contains(relativePath);
    }
}
