package dev.perfagent.agent.pr;

import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.loop.Replay;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the agent loop ({@link OptimizeRun}, the engine behind {@code perfagent optimize}) on the changed methods
 * and keeps what the evaluator verified faster: a changed method becomes a repo task, its best IMPROVED candidate a
 * {@link Suggestion}; anything else is only reported as tried.
 *
 * <p>Which methods: those {@link HotChanges} found hot in the head's profile, hottest first, at most
 * {@code --suggest-max}; each run is on a task named {@code pr-<method>} (what a {@code replay:} recording keys its
 * replies by).
 */
final class Suggester {

    private final Sandbox sandbox;
    private final OptimizeRun.Makers makers;
    private final PrintWriter progress;

    Suggester(Sandbox sandbox, OptimizeRun.Makers makers, PrintWriter progress) {
        this.sandbox = sandbox;
        this.makers = makers;
        this.progress = progress;
    }

    /** What the search found: suggestions, and one line per target that gave none. */
    record Found(List<Suggestion> suggestions, List<String> notSuggested, String ranking) {
    }

    Found suggest(HotChanges.Ranked ranked, Path head, BuildPlan build, String workload, SuggestOptions o,
                  MeasurementPlan plan, Duration runTimeout, Path outDir) {
        List<Suggestion> suggestions = new ArrayList<>();
        List<String> notSuggested = new ArrayList<>();
        int tried = 0;
        for (HotChanges.Hot hot : ranked.hot()) {
            ChangedCode target = hot.code();
            if (tried >= o.maxTargets()) {
                notSuggested.add("`" + target.name() + "`: not tried (" + hot.share() + "; only the top " + o.maxTargets()
                        + " are; raise --suggest-max)");
                continue;
            }
            Optional<Language> language = RepoTask.language(target.path());
            if (language.isEmpty()) continue; // HotChanges lists only code of a known language
            if (o.testCommand().isEmpty() && !build.maven()) {
                notSuggested.add("`" + target.name() + "`: not tried (no --test command to check a faster version is still correct)");
                continue;
            }
            tried++;
            String runId = String.format("%02d-%s", tried, RepoTask.slug(target.name()));
            Path runDir = outDir.resolve("suggest").resolve(runId);
            Task task = RepoTask.of(head, runDir, target, language.get(), build, o.testCommand(), workload, runTimeout);
            progress.printf("suggest: searching for a faster %s (%s; %s; task %s)%n", target.name(), target.path(), hot.share(), task.id());
            progress.flush();
            RunSettings settings = RunSettings.defaults().withTaskDir(runDir.toString()).withModel(o.model()).withBaseUrl(o.baseUrl())
                    .withStrategy("refine").withWidth(1).withRounds(o.rounds()).withCandidates(o.candidates()).withTokens(o.tokens())
                    .withMoney(o.money()).withWallSeconds(o.wallSeconds()).withThreshold(plan.threshold())
                    .withMeasureBudget(plan.budget().toMillis() / 1000.0).withMaxRuns(plan.maxSamples()).withSeed(plan.seed())
                    .withMeasure("time").withProfile(false);
            try {
                RunSummary s = new OptimizeRun(sandbox, makers, Progress.lines(progress)).run(task, settings, runId, runDir, Replay.none());
                Optional<Attempt> best = s.best().filter(Attempt::improved);
                if (best.isPresent()) {
                    suggestions.add(Suggestion.of(target, best.get().describe(), best.get().summary(), best.get().files(), headFiles(head, best.get())));
                } else {
                    notSuggested.add("`" + target.name() + "`: " + s.candidates() + " candidate(s) tried, none verified faster ("
                            + verdicts(s) + "; " + hot.share() + ")");
                }
            } catch (TaskSetupException e) {
                notSuggested.add("`" + target.name() + "`: could not be tried: " + e.getMessage());
            }
        }
        notSuggested.addAll(ranked.skipped());
        return new Found(suggestions, notSuggested, ranked.ranking());
    }

    private static String verdicts(RunSummary s) {
        if (s.verdictCounts().isEmpty()) return s.stopReason();
        StringBuilder b = new StringBuilder();
        s.verdictCounts().forEach((v, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(v));
        return b.toString();
    }

    private static Map<String, String> headFiles(Path head, Attempt a) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String rel : a.files().keySet()) {
            Path f = head.resolve(rel);
            try {
                if (Files.exists(f)) out.put(rel, Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
