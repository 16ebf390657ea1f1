package dev.perfagent.agent.loop;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Profiling;
import dev.perfagent.prompts.HotFrame;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.profile.Profile;

import java.util.List;
import java.util.Map;

/** Hot frames from a real profile of the version (async-profiler, perf or cProfile, by language), in the sandbox. */
public final class ProfiledHotFrames implements ProfileSource {
    static final int TOP = 10;
    private final Profiling profiling;

    public ProfiledHotFrames(Sandbox sandbox) {
        this.profiling = new Profiling(sandbox);
    }

    @Override
    public List<HotFrame> hotFrames(Task task, String candidateId, Map<String, String> files) {
        Profile p = profiling.profile(task, Candidate.of(candidateId, files, "profile of " + candidateId));
        return p.top(TOP).stream().map(f -> new HotFrame(f.frame(), f.selfPercent(), f.totalPercent())).toList();
    }
}
