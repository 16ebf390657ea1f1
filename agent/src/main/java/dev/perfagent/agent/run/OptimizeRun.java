package dev.perfagent.agent.run;

import dev.perfagent.agent.loop.Advisor;
import dev.perfagent.agent.loop.AgentLoop;
import dev.perfagent.agent.loop.EvaluatorJudge;
import dev.perfagent.agent.loop.ProfileSource;
import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.loop.PromptSource;
import dev.perfagent.agent.loop.Replay;
import dev.perfagent.agent.loop.ReplyReader;
import dev.perfagent.agent.loop.RunResult;
import dev.perfagent.agent.loop.Strategy;
import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.report.RunReport;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.Sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One {@code optimize} run on a task, from settings to reports: the engine behind the CLI that batch runs and
 * PR mode reuse. A fresh run records its settings first; a resumed one continues from its trajectory.
 */
public final class OptimizeRun {
    private final Sandbox sandbox;
    private final Progress progress;

    /** The seams the parts of a run are made from, so tests and other front ends can swap them. */
    public record Makers(java.util.function.Function<RunSettings, Proposer> proposers, PromptSource prompts,
                         ReplyReader replies, java.util.function.BiFunction<Sandbox, RunSettings, ProfileSource> profiles,
                         java.util.function.BiFunction<Sandbox, RunSettings, Advisor> advisors) {

        /**
         * {@code proposers}; the rest at its defaults: the optimize prompt, edits read from the reply, no profile, and no
         * judge (coder-judge then runs as refine would, on the latest candidate, with no instruction).
         */
        public static Makers of(java.util.function.Function<RunSettings, Proposer> proposers) {
            return new Makers(proposers, new dev.perfagent.agent.loop.OptimizePrompt(), new dev.perfagent.agent.loop.EditsReader(),
                    (sandbox, s) -> ProfileSource.NONE, (sandbox, s) -> Advisor.NONE);
        }

        public Makers withProposers(java.util.function.Function<RunSettings, Proposer> v) {
            return new Makers(v, prompts, replies, profiles, advisors);
        }

        public Makers withPrompts(PromptSource v) {
            return new Makers(proposers, v, replies, profiles, advisors);
        }

        public Makers withReplies(ReplyReader v) {
            return new Makers(proposers, prompts, v, profiles, advisors);
        }

        public Makers withProfiles(java.util.function.BiFunction<Sandbox, RunSettings, ProfileSource> v) {
            return new Makers(proposers, prompts, replies, v, advisors);
        }

        public Makers withAdvisors(java.util.function.BiFunction<Sandbox, RunSettings, Advisor> v) {
            return new Makers(proposers, prompts, replies, profiles, v);
        }
    }

    private final Makers makers;
    private final java.util.concurrent.locks.ReadWriteLock phases;

    public OptimizeRun(Sandbox sandbox, Makers makers, Progress progress) {
        this(sandbox, makers, progress, new java.util.concurrent.locks.ReentrantReadWriteLock());
    }

    /** @param phases shared with other runs going on at once: each measurement holds its write lock (see {@link Evaluator}) */
    public OptimizeRun(Sandbox sandbox, Makers makers, Progress progress, java.util.concurrent.locks.ReadWriteLock phases) {
        this.sandbox = sandbox;
        this.makers = makers;
        this.progress = progress;
        this.phases = phases;
    }

    public RunSummary run(Task task, RunSettings s, String runId, Path runDir, Replay replay) throws TaskSetupException {
        MeasurementPlan plan = MeasurementPlan.defaults().withThreshold(s.threshold())
                .withBudget(Duration.ofMillis((long) (s.measureBudget() * 1000))).withMaxSamples(s.maxRuns()).withSeed(s.seed());
        try (Proposer proposer = makers.proposers().apply(s);
             Evaluator evaluator = new Evaluator(sandbox, new EvaluatorOptions(plan, s.measure().equals("instructions")), phases)
                     .listening(progress.evaluation());
             Trajectory trajectory = Trajectory.open(runDir)) {
            trajectory.append("run", Map.of("run", runId, "task", task.id(), "settings", s));
            // a kernel's time is on the GPU: a CPU profile of the harness says nothing (coder-judge shows Nsight metrics)
            boolean profile = s.profile() && task.kind() != TaskKind.KERNEL;
            Advisor advisor = s.strategy().equals("coder-judge") ? makers.advisors().apply(sandbox, s) : Advisor.NONE;
            AgentLoop.Parts parts = AgentLoop.Parts.of(proposer, new EvaluatorJudge(evaluator))
                    .withStrategy(Strategy.named(s.strategy(), s.width())).withPrompts(makers.prompts()).withReplies(makers.replies())
                    .withProfiles(profile ? makers.profiles().apply(sandbox, s) : ProfileSource.NONE)
                    .withBudget(s.budget()).withSeed(s.seed()).withProgress(progress).withAdvisor(advisor);
            RunResult result = new AgentLoop(task, parts, trajectory, replay).run();
            RunSummary summary = RunSummary.of(runId, task, s.model(), s.strategy(), result);
            RunReport.write(runDir, summary);
            return summary;
        }
    }
}
