package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Profiling;
import dev.perfagent.evaluators.toolchain.LanguageProfilers;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.profile.Profile;
import dev.perfagent.sandbox.profile.ProfileEvent;
import dev.perfagent.sandbox.profile.Profiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The profiles targeting needs, from one build of the original: CPU time as usual and in the repository view, and
 * for Java the allocations too (async-profiler for Java, perf for C/C++, cProfile for Python).
 */
public final class RepoProfiles {

    /** @param allocation empty ({@link Profile#isEmpty()}) for languages without allocation profiles */
    public record Taken(Profile cpu, Profile repoCpu, Profile allocation) {
    }

    private final Profiling profiling;

    public RepoProfiles(Sandbox sandbox) {
        this.profiling = new Profiling(sandbox);
    }

    public Taken take(Task task, Candidate candidate, SourceIndex index) {
        TwoViewProfiler cpu = new TwoViewProfiler(firstAvailable(task.language(), ProfileEvent.CPU), index);
        List<Profiler> profilers = new ArrayList<>(List.of(cpu));
        if (task.language() == Language.JAVA) profilers.add(firstAvailable(Language.JAVA, ProfileEvent.ALLOCATION));
        List<Profile> p = profiling.profiles(task, candidate, profilers);
        Profile alloc = p.size() > 1 ? p.get(1) : Profile.unavailable("none", "no allocation profile for " + task.language().id());
        return new Taken(p.get(0), cpu.repoView(p.get(0)), alloc);
    }

    /**
     * The CPU profile alone, as usual and in the repository view (one profiled run, no allocation profile): for
     * ranking methods someone else chose, as PR mode ranks the ones a pull request changed.
     */
    public Taken cpuOnly(Task task, Candidate candidate, SourceIndex index) {
        TwoViewProfiler cpu = new TwoViewProfiler(firstAvailable(task.language(), ProfileEvent.CPU), index);
        Profile p = profiling.profiles(task, candidate, List.of(cpu)).get(0);
        return new Taken(p, cpu.repoView(p), Profile.unavailable("none", "no allocation profile was asked for"));
    }

    /** A CPU profile as the report shows it, of any version. */
    public Profile cpu(Task task, Candidate candidate) {
        return profiling.profile(task, candidate);
    }

    private static Profiler firstAvailable(Language language, ProfileEvent event) {
        List<Profiler> all = LanguageProfilers.forLanguage(language, event);
        return all.stream().filter(p -> p.unavailable().isEmpty()).findFirst().orElse(all.get(0));
    }
}
