package dev.perfagent.agent.bench;

import dev.perfagent.agent.bench.gso.GsoAttempts;
import dev.perfagent.agent.bench.gso.GsoHarness;
import dev.perfagent.agent.bench.gso.GsoLoop;
import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Budget;
import dev.perfagent.agent.repo.RepoOptimize;
import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.loop.Replay;
import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.Proposers;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.agent.run.StandardMakers;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.metrics.AttemptStatus;

import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.metrics.TaskScore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Any model the agent loop runs ({@code rules}, {@code replay:FILE}, {@code openai:…}, …): each attempt is one
 * {@code optimize} run on the task, with its trajectory kept beside the store, so an attempt killed midway resumes
 * from its trajectory when bench is rerun. The attempt's candidate is the run's best verified improvement, or else
 * its fastest correct candidate (a correct, not faster, answer counts for correctness as in PIE), or else its first.
 * <p>
 * Where the task has an expert and the candidate reaches GSO's opt_base (correct, at least 1.2× over the original),
 * the expert is measured against the original too — once per task, whatever K — so that opt_commit and opt@K
 * (the candidate within 0.95 of the expert) can be decided; without that measurement they could never be reached.
 * A candidate whose files are the expert's is the expert: its own measurement is the expert's.
 */
public final class LoopAttempts implements AttemptRunner {
    private final String model;
    private final RunnerContext context;
    private final Map<String, OptionalDouble> expertSpeedups = new ConcurrentHashMap<>();

    public LoopAttempts(String model, RunnerContext context) {
        this.model = model;
        this.context = context;
    }

    @Override
    public AttemptResult run(Task task, int attempt) throws TaskSetupException {
        Instant started = Instant.now();
        Path runDir = context.runs().resolve(task.id()).resolve("a" + attempt);
        Optional<GsoInstance> gso = GsoInstance.of(task);
        if (gso.isPresent()) return gso(gso.get(), attempt, runDir, started);
        if (task.kind() == TaskKind.REPO) {
            return AttemptResult.skipped(task.id(), attempt, "the agent loop works on GSO instances and task folders in bench, not on "
                    + task.kind().id() + " tasks of other loaders");
        }
        MeasurementPlan plan = context.options().plan();
        RunSettings s = settings(task.dir(), attempt);
        Replay replay = Files.exists(runDir.resolve(Trajectory.FILE)) ? Replay.of(Trajectory.read(runDir)) : Replay.none();
        OptimizeRun engine = new OptimizeRun(context.sandbox(), StandardMakers.of(context.env(), Map.of()), Progress.SILENT, context.phases());
        RunSummary summary = engine.run(task, s, task.id() + "-a" + attempt, runDir, replay);
        if (summary.failed()) {
            return AttemptResult.error(task.id(), attempt, summary.stopReason(), started);
        }
        Optional<Attempt> chosen = chosen(summary);
        if (chosen.isEmpty()) return AttemptResult.skipped(task.id(), attempt, "the model proposed nothing: " + summary.stopReason());
        Attempt a = chosen.get();
        var o = a.outcome();
        OptionalDouble speedup = opt(o.flatMap(x -> x.speedup()));
        boolean optBase = o.map(x -> x.verdict().isCorrect()).orElse(false) && speedup.orElse(0) >= TaskScore.GSO_BASE_SPEEDUP;
        OptionalDouble expert = !optBase || task.expert().isEmpty() ? OptionalDouble.empty()
                // the expert's own program: its speedup is this measurement, not a second, noisier one of the same code
                : Candidate.fromDirectory(task.expert().get()).files().equals(a.files()) ? speedup
                : expertSpeedup(task, plan);
        return new AttemptResult(task.id(), attempt, AttemptStatus.DONE, o.map(x -> x.verdict()),
                o.map(x -> x.reason()).orElse(a.problem().orElse("")),
                speedup, opt(o.flatMap(x -> x.low())), opt(o.flatMap(x -> x.high())), expert,
                summary.tokensIn(), summary.tokensOut(), summary.cost(), Optional.of(runDir.toString()),
                RunSummary.patch(task, a), started, Duration.between(started, Instant.now()));
    }

    /** The run's best verified improvement, else its fastest correct candidate, else its first. */
    private static Optional<Attempt> chosen(RunSummary summary) {
        return summary.best().or(() -> summary.attempts().stream()
                .filter(a -> a.outcome().map(o -> o.verdict().isCorrect()).orElse(false))
                .max(Comparator.comparingDouble(a -> a.outcome().flatMap(o -> o.speedup()).orElse(0.0))))
                .or(() -> summary.attempts().stream().findFirst());
    }

    /**
     * A GSO instance: the loop searches on a checkout of base_commit with the performance tests as the workload
     * (repository mode's targeting picks what to edit), then its candidate is scored as GSO scores a patch, against
     * base and the expert measured in the same run, run by run interleaved ({@link GsoHarness}), so that opt_commit
     * does not hang on the noise between two separate measurements.
     */
    private AttemptResult gso(GsoInstance instance, int attempt, Path runDir, Instant started) throws TaskSetupException {
        RepoOptimize.Result r;
        try {
            r = GsoLoop.search(context.sandboxFor(instance), StandardMakers.of(context.env(), Map.of()), instance,
                    settings(runDir.resolve("base"), attempt), instance.id() + "-a" + attempt, runDir);
        } catch (RepoOptimize.RepoException e) {
            return AttemptResult.error(instance.id(), attempt, e.getMessage(), started);
        }
        RunSummary summary = r.summary();
        if (summary.failed()) return AttemptResult.error(instance.id(), attempt, summary.stopReason(), started);
        Optional<Attempt> chosen = chosen(summary);
        if (chosen.isEmpty()) return AttemptResult.skipped(instance.id(), attempt, "the model proposed nothing: " + summary.stopReason());
        String patch = RunSummary.patch(r.task(), chosen.get());
        GsoHarness harness = context.gsoHarness();
        AttemptResult scored = GsoAttempts.evaluate(harness, instance, attempt, patch);
        return new AttemptResult(scored.taskId(), attempt, scored.status(), scored.verdict(),
                scored.reason() + "; the loop's candidate " + chosen.get().id() + " of " + summary.attempts().size(),
                scored.speedup(), scored.low(), scored.high(), scored.expertSpeedup(), summary.tokensIn(), summary.tokensOut(),
                summary.cost(), Optional.of(runDir.toString()), patch, started, Duration.between(started, Instant.now()));
    }

    /** One attempt's loop settings: bench's model, strategy, measuring and loop options; the seed moves with the attempt. */
    RunSettings settings(Path taskDir, int attempt) {
        MeasurementPlan plan = context.options().plan();
        LoopSettings loop = context.loop();
        Budget b = loop.budget();
        return RunSettings.defaults().withTaskDir(taskDir.toAbsolutePath().toString()).withModel(model).withBaseUrl(loop.baseUrl())
                .withStrategy(context.strategy()).withWidth(loop.width())
                .withRounds(b.rounds()).withCandidates(b.candidates()).withTokens(b.tokens()).withMoney(b.money())
                .withWallSeconds(b.wallTime().toSeconds()).withThreshold(plan.threshold())
                .withMeasureBudget(plan.budget().toMillis() / 1000.0).withMaxRuns(plan.maxSamples()).withSeed(plan.seed() + attempt)
                .withMeasure(context.options().countInstructions() ? "instructions" : "time").withProfile(loop.profile())
                .withJudgeModel(loop.judgeModel());
    }

    /** The expert's speedup over the original, measured once per task (attempts of one task share it). */
    private OptionalDouble expertSpeedup(Task task, MeasurementPlan plan) {
        OptionalDouble known = expertSpeedups.get(task.id());
        if (known != null) return known;
        OptionalDouble measured;
        try (Evaluator evaluator = new Evaluator(context.sandbox(), context.options(), context.phases())) {
            Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(task.expert().get()), plan);
            measured = e.verdict().isCorrect() && e.measurement().isPresent()
                    ? OptionalDouble.of(e.measurement().get().speedup().ratio()) : OptionalDouble.empty();
        } catch (TaskSetupException e) {
            measured = OptionalDouble.empty();   // the candidate was measured against the same original: cannot happen in practice
        }
        expertSpeedups.put(task.id(), measured);
        return measured;
    }

    private static OptionalDouble opt(Optional<Double> d) {
        return d.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /** Serves every model name the loop knows except {@code expert}, which {@link ExpertAttempts} measures directly. */
    public static final class Provider implements AttemptRunnerProvider {
        @Override
        public boolean serves(String model) {
            if (model.equals("expert")) return false;
            try {
                dev.perfagent.agent.propose.ModelSpec.parse(model);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public AttemptRunner create(String model, RunnerContext context) {
            Proposers.check(model, context.loop().baseUrl(), context.env());
            if (context.loop().judgeModel() != null) Proposers.check(context.loop().judgeModel(), context.loop().baseUrl(), context.env());
            return new LoopAttempts(model, context);
        }
    }
}
