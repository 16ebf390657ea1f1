package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.LanguageProfilers;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.profile.Profile;
import dev.perfagent.sandbox.profile.ProfileEvent;
import dev.perfagent.sandbox.profile.ProfileRecorder;
import dev.perfagent.sandbox.profile.Profiler;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a task's program (the original, or a candidate) spends its time on the task's workload: it is
 * built in a workspace of its own, then the workload runs once under the language's profiler in the
 * sandbox (each input once, or the workload command). The workspace is separate from the ones the
 * {@link Evaluator} measures, because a profiled run may write into it. What the loop shows the model
 * as "hot frames" comes from here; failures (no profiler, a candidate that does not build) come back as
 * an empty profile with the reason.
 */
public final class Profiling {
    private final Sandbox sandbox;

    public Profiling(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A CPU profile of {@code candidate} running the task's workload once. */
    public Profile profile(Task task, Candidate candidate) {
        return profile(task, candidate, ProfileEvent.CPU);
    }

    public Profile profile(Task task, Candidate candidate, ProfileEvent event) {
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) return Profile.unavailable("none", missing.get());
        try (BuiltProgram program = new BuiltProgram(task, Evaluator.prepare(task, candidate), Toolchains.forTask(task), sandbox)) {
            Optional<ExecResult> build = program.build();
            if (build.isPresent() && !build.get().ok()) {
                ExecResult b = build.get();
                return Profile.unavailable("none", "not profiled: it does not build ("
                        + Excerpt.firstError(Excerpt.withoutJvmNotes(b.stderr()).isBlank() ? b.stdout() : Excerpt.withoutJvmNotes(b.stderr())) + ")");
            }
            List<ExecSpec> runs = task.workload().command().isPresent()
                    ? List.of(program.commandSpec(task.workload().command().get()))
                    : task.workload().inputs().stream().map(in -> program.runSpec(Optional.of(in))).toList();
            if (runs.isEmpty()) runs = List.of(program.runSpec(Optional.<Path>empty()));
            return new ProfileRecorder(sandbox).record(program.workspace(), LanguageProfilers.forLanguage(task.language(), event), runs);
        }
    }

    /**
     * One build of {@code candidate}, then the workload once under each of {@code profilers} in turn (a CPU and an
     * allocation profile, say): one profile per profiler, in order. A build takes longer than a run for a repository,
     * so it is shared; the profiled runs write into the workspace and are never timed.
     */
    public List<Profile> profiles(Task task, Candidate candidate, List<Profiler> profilers) {
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) return profilers.stream().map(p -> Profile.unavailable("none", missing.get())).toList();
        try (BuiltProgram program = new BuiltProgram(task, Evaluator.prepare(task, candidate), Toolchains.forTask(task), sandbox)) {
            Optional<ExecResult> build = program.build();
            if (build.isPresent() && !build.get().ok()) {
                ExecResult b = build.get();
                String why = "not profiled: it does not build (" + Excerpt.firstError(Excerpt.withoutJvmNotes(b.stderr()).isBlank() ? b.stdout() : Excerpt.withoutJvmNotes(b.stderr())) + ")";
                return profilers.stream().map(p -> Profile.unavailable("none", why)).toList();
            }
            List<ExecSpec> runs = task.workload().command().isPresent()
                    ? List.of(program.commandSpec(task.workload().command().get()))
                    : task.workload().inputs().stream().map(in -> program.runSpec(Optional.of(in))).toList();
            if (runs.isEmpty()) runs = List.of(program.runSpec(Optional.<Path>empty()));
            ProfileRecorder recorder = new ProfileRecorder(sandbox);
            List<Profile> out = new java.util.ArrayList<>();
            for (Profiler p : profilers) out.add(recorder.record(program.workspace(), p, runs));
            return out;
        }
    }
}
