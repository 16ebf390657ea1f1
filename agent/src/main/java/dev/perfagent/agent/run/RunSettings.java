package dev.perfagent.agent.run;

import dev.perfagent.agent.loop.Budget;
import dev.perfagent.evaluators.measure.MeasurementPlan;

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

    /**
     * No task or model yet; refine with 4 lineages, the loop's default budget ({@link Budget#defaults()}), the default
     * measurement ({@link MeasurementPlan#defaults()}: threshold, budget, runs, seed) timed by the clock, profiling on,
     * no judge model of its own.
     */
    public static RunSettings defaults() {
        Budget b = Budget.defaults();
        MeasurementPlan p = MeasurementPlan.defaults();
        return new RunSettings("", "", null, "refine", 4, b.rounds(), b.candidates(), b.tokens(), b.money(), b.wallTime().toSeconds(),
                p.threshold(), p.budget().toMillis() / 1000.0, p.maxSamples(), p.seed(), "time", true, null);
    }

    public RunSettings withTaskDir(String v) {
        return new RunSettings(v, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withModel(String v) {
        return new RunSettings(taskDir, v, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withBaseUrl(String v) {
        return new RunSettings(taskDir, model, v, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withStrategy(String v) {
        return new RunSettings(taskDir, model, baseUrl, v, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withWidth(int v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, v, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withRounds(int v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, v, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withCandidates(int v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, v, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withTokens(long v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, v, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withMoney(double v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, v, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withWallSeconds(long v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, v, threshold, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withThreshold(double v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, v, measureBudget, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withMeasureBudget(double v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, v, maxRuns, seed, measure, profile, judgeModel);
    }

    public RunSettings withMaxRuns(int v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, v, seed, measure, profile, judgeModel);
    }

    public RunSettings withSeed(long v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, v, measure, profile, judgeModel);
    }

    public RunSettings withMeasure(String v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, v, profile, judgeModel);
    }

    public RunSettings withProfile(boolean v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, v, judgeModel);
    }

    public RunSettings withJudgeModel(String v) {
        return new RunSettings(taskDir, model, baseUrl, strategy, width, rounds, candidates, tokens, money, wallSeconds, threshold, measureBudget, maxRuns, seed, measure, profile, v);
    }

    /** The model that judges in coder-judge: {@code --judge-model}, else the coder's own. */
    public String judge() {
        return judgeModel == null || judgeModel.isBlank() ? model : judgeModel;
    }

    /** The settings recorded in a trajectory's first ({@code run}) event. */
    public static RunSettings fromRunEvent(com.fasterxml.jackson.databind.JsonNode event) {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .convertValue(event.path("settings"), RunSettings.class);
    }

    public Budget budget() {
        return new Budget(rounds, candidates, tokens, money, Duration.ofSeconds(wallSeconds));
    }
}
