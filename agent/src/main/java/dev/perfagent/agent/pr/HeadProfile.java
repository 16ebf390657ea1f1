package dev.perfagent.agent.pr;

import dev.perfagent.agent.repo.RepoProfiles;
import dev.perfagent.agent.repo.SourceIndex;
import dev.perfagent.agent.repo.SourceIndexes;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.sandbox.Sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Profiles the head on the benchmark workload, once per language of the changed code (async-profiler for Java,
 * perf for C/C++, cProfile for Python), so {@link HotChanges} can tell the hot changed methods from the cold ones.
 * A language that cannot be profiled here is reported with the reason, not fatal: its methods are then ranked by
 * lines changed.
 */
final class HeadProfile {
    /** The profiles taken, and why the others were not. */
    record Taken(Map<Language, HotChanges.Profiled> profiles, Map<Language, String> unprofiled) {
    }

    private final Sandbox sandbox;
    private final PrintWriter progress;

    HeadProfile(Sandbox sandbox, PrintWriter progress) {
        this.sandbox = sandbox;
        this.progress = progress;
    }

    Taken take(List<ChangedCode> changed, Path head, BuildPlan build, String workload, Duration runTimeout, Path outDir) {
        Set<Language> languages = new LinkedHashSet<>();
        for (ChangedCode c : changed) RepoTask.language(c.path()).ifPresent(languages::add);
        Map<Language, HotChanges.Profiled> profiles = new LinkedHashMap<>();
        Map<Language, String> unprofiled = new LinkedHashMap<>();
        List<String> files = TaskYaml.listFiles(head).stream().filter(f -> !f.equals(".git") && !f.startsWith(".git/")).toList();
        for (Language language : languages) {
            progress.printf("suggest: profiling the head's benchmarks for its %s code%n", language.id());
            progress.flush();
            Task probe = RepoTask.probe(head, outDir.resolve("suggest").resolve("profile-" + language.id()), language, build, workload, runTimeout);
            SourceIndex index = SourceIndexes.of(language, head, files);
            RepoProfiles.Taken taken = new RepoProfiles(sandbox).cpuOnly(probe, Candidate.original(), index);
            if (taken.cpu().isEmpty()) {
                unprofiled.put(language, taken.cpu().problem().orElse("nothing was sampled"));
                continue;
            }
            progress.println(indent(taken.repoCpu().summary(5)));
            profiles.put(language, new HotChanges.Profiled(taken.repoCpu(), index));
        }
        return new Taken(profiles, unprofiled);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
