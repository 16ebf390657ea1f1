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
 * @param kernel      for {@code kind: kernel}: how the kernel harness judges it (defaults for other kinds)
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
        Optional<String> sandboxImage,
        KernelSpec kernel) {

    public Task {
        sources = List.copyOf(sources);
        editable = List.copyOf(editable);
        if (kernel == null) kernel = KernelSpec.defaultsFor(editable);
    }

    /**
     * A task with only what has no default: the rest is an empty description, no sources or editable files, the
     * default build, run and limits, an exact judge with no cases, nothing to time, no expert, no image of its own and
     * the kernel defaults; set them with the {@code withX} methods. Loaders that read every field use the canonical
     * constructor.
     */
    public static Task of(Path dir, String id, Language language, TaskKind kind, Path sourceRoot) {
        return new Task(dir, id, language, kind, "", sourceRoot, List.of(), List.of(), BuildSpec.defaults(), RunSpec.defaults(),
                Judge.defaults(), Workload.defaults(), Optional.empty(),
                TaskLimits.defaults(), Optional.empty(), null);
    }

    public Task withDescription(String v) {
        return new Task(dir, id, language, kind, v, sourceRoot, sources, editable, build, run, judge, workload, expert, limits, sandboxImage, kernel);
    }

    public Task withSources(List<String> v) {
        return new Task(dir, id, language, kind, description, sourceRoot, v, editable, build, run, judge, workload, expert, limits, sandboxImage, kernel);
    }

    /** The editable files; a kernel section still at its defaults follows them (see {@link KernelSpec#defaultsFor}). */
    public Task withEditable(List<String> v) {
        KernelSpec k = kernel.equals(KernelSpec.defaultsFor(editable)) ? null : kernel;
        return new Task(dir, id, language, kind, description, sourceRoot, sources, v, build, run, judge, workload, expert, limits, sandboxImage, k);
    }

    public Task withBuild(BuildSpec v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, v, run, judge, workload, expert, limits, sandboxImage, kernel);
    }

    public Task withRun(RunSpec v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, v, judge, workload, expert, limits, sandboxImage, kernel);
    }

    public Task withJudge(Judge v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, v, workload, expert, limits, sandboxImage, kernel);
    }

    public Task withWorkload(Workload v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, v, expert, limits, sandboxImage, kernel);
    }

    public Task withExpert(Optional<Path> v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, v, limits, sandboxImage, kernel);
    }

    public Task withLimits(TaskLimits v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, expert, v, sandboxImage, kernel);
    }

    public Task withSandboxImage(Optional<String> v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, expert, limits, v, kernel);
    }

    public Task withKernel(KernelSpec v) {
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, expert, limits, sandboxImage, v);
    }

    public boolean isEditable(String relativePath) {
        return editable.contains(relativePath);
    }
}
