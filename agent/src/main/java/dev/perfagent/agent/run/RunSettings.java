package dev.perfagent.agent.run;

import dev.perfagent.agent.loop.Budget;
import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.loop.TrajectoryEvent;

import java.time.Duration;

/**
 * Everything that decides what a run does, recorded in the first event of its trajectory so that
 * {@code --resume} continues it exactly as it started, whatever flags the second command line has.
 *
 * @param taskDir        absolute path of the task folder
 * @param width          lineages (best-of-n) or population (evolve)
 * @param measureBudget  seconds of timing per candidate
 * @param judgeModel     coder-judge's judge ({@code --judge-model}); null: the coder's model
 */
public record RunSettings(String taskDir, String model, String baseUrl, String strategy, int width,
                          int rounds, int candidates, long tokens, double money, long wallSeconds,
                          double threshold, double measureBudget, int maxRuns, long seed, String measure, boolean profile,
                          String judgeModel) {

    /** Without a judge model of its own (every strategy but coder-judge; runs recorded before it existed). */
    public RunSettings(String taskDir, String model, String baseUrl, String strategy, int width,
                       int rounds, int candidates, long tokens, double money, long wallSeconds,
                       double threshold, double measureBudget, int maxRuns, long seed, String measure, boolean profile) {
        this(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget,
                maxRuns, seed, measure, profile, null);
    }

    /** The model that judges in coder-judge: {@code --judge-model}, else the coder's own. */
    public String judge() {
        return judgeModel == null || judgeModel.isBlank() ? model : judgeModel;
    }

    /** The settings recorded in a trajectory's {@code run} event. */
    public static RunSettings fromRunEvent(TrajectoryEvent.RunStarted event) {
        return Trajectory.JSON.convertValue(event.settings(), RunSettings.class);
    }

    /** The event that records these settings as a session of run {@code runId} starts. */
    public TrajectoryEvent.RunStarted runEvent(String runId, String taskId) {
        return new TrajectoryEvent.RunStarted(runId, taskId, Trajectory.JSON.valueToTree(this));
    }

    public RunSettings withJudgeModel(String judge) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold,
                measureBudget, maxRuns, seed, measure, profile, judge);
    }

    public RunSettings withMeasureBudget(double seconds) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold,
                seconds, maxRuns, seed, measure, profile, judgeModel);
    }

    public Budget budget() {
        return new Budget(rounds, candidates, tokens, money, Duration.ofSeconds(wallSeconds));
    }
}
