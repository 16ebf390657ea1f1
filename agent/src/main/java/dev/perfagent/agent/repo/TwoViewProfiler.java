package dev.perfagent.agent.repo;

import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.profile.FrameCosts;
import dev.perfagent.sandbox.profile.FrameFilter;
import dev.perfagent.sandbox.profile.Profile;
import dev.perfagent.sandbox.profile.Profiler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A profiler that reads one profiled run twice: as usual (JDK and library frames shown: "the time goes into
 * String.equals", for the report and the model) and with only the repository's frames shown (which method to edit,
 * for targeting). One run instead of two, which for a repository means one build and one workload run fewer.
 */
final class TwoViewProfiler implements Profiler {
    private final Profiler base;
    private final FrameCosts repoCosts;

    TwoViewProfiler(Profiler base, SourceIndex index) {
        this.base = base;
        this.repoCosts = new FrameCosts(new RepoFrames(base.filter(), index));
    }

    /** The repository view of what was recorded. */
    Profile repoView(Profile usual) {
        return repoCosts.toProfile(base.name() + ", repository frames only", base.unit(), usual.problem());
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public String unit() {
        return base.unit();
    }

    @Override
    public Optional<String> unavailable() {
        return base.unavailable();
    }

    @Override
    public void install(Path folder) throws IOException {
        base.install(folder);
    }

    @Override
    public ExecSpec instrument(ExecSpec run) {
        return base.instrument(run);
    }

    @Override
    public boolean collect(Path folder, FrameCosts costs) throws IOException {
        boolean found = base.collect(folder, costs);
        if (found) base.collect(folder, repoCosts);
        return found;
    }

    @Override
    public FrameFilter filter() {
        return base.filter();
    }
}
