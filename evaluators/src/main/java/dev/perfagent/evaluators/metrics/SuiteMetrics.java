package dev.perfagent.evaluators.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores a suite from its attempt outcomes; see {@link SuiteSummary} for each definition. Every share is over every
 * task of the suite, as PIE, GSO and KernelBench define them: a task that was skipped, whose setup failed, that got
 * no proposal or no attempt at all counts as not optimized with speedup 1.0.
 */
public final class SuiteMetrics {
    /** PIE's %OPT line. */
    public static final double PIE_OPT = 1.10;
    public static final List<Double> PIE_LEVELS = List.of(1.10, 1.25, 1.5, 2.0, 5.0, 10.0);
    public static final List<Double> FAST_P = List.of(0.0, 1.0, 1.5, 2.0);
    /** The reason a task of the suite without any stored attempt is listed with. */
    public static final String NO_ATTEMPT = "no attempt recorded (not run yet, or its shard is missing)";

    private SuiteMetrics() {
    }

    /** One score per task that has outcomes, sorted by task id. */
    public static List<TaskScore> scores(Collection<AttemptOutcome> outcomes) {
        return scores(List.of(), outcomes);
    }

    /**
     * One score per task of the suite ({@code taskIds}) and per task with outcomes, sorted by task id; a task of the
     * suite without outcomes gets a score that did not run, with {@link #NO_ATTEMPT} as its reason.
     */
    public static List<TaskScore> scores(Collection<String> taskIds, Collection<AttemptOutcome> outcomes) {
        Map<String, List<AttemptOutcome>> byTask = outcomes.stream()
                .collect(Collectors.groupingBy(AttemptOutcome::taskId, TreeMap::new, Collectors.toList()));
        TreeSet<String> ids = new TreeSet<>(taskIds);
        ids.addAll(byTask.keySet());
        List<TaskScore> scores = new ArrayList<>();
        for (String id : ids) {
            List<AttemptOutcome> attempts = byTask.get(id);
            scores.add(attempts == null ? TaskScore.missing(id, NO_ATTEMPT) : TaskScore.of(id, attempts));
        }
        return scores;
    }

    /** Scores over the tasks that have outcomes (a store that holds every task of its suite). */
    public static SuiteSummary summarize(Collection<AttemptOutcome> outcomes) {
        return summarize(List.of(), outcomes);
    }

    /** Scores over every task of the suite ({@code taskIds}, plus any task the outcomes name). */
    public static SuiteSummary summarize(Collection<String> taskIds, Collection<AttemptOutcome> outcomes) {
        List<TaskScore> all = scores(taskIds, outcomes);
        List<TaskScore> ran = all.stream().filter(TaskScore::ran).toList();
        int missing = (int) all.stream().filter(s -> s.attempts() == 0).count();
        int errors = (int) all.stream().filter(s -> !s.ran() && s.attempts() > 0 && hasError(outcomes, s.taskId())).count();
        int skipped = all.size() - ran.size() - errors - missing;
        Map<Double, Double> levels = new TreeMap<>();
        for (double level : PIE_LEVELS) levels.put(level, share(all, s -> s.correct() && s.bestSpeedup().getAsDouble() >= level));
        Map<Double, Double> fast = new TreeMap<>();
        for (double p : FAST_P) fast.put(p, share(all, s -> s.correct() && s.bestSpeedup().getAsDouble() > p));
        double sp = all.stream().mapToDouble(TaskScore::pieSpeedup).average().orElse(Double.NaN);
        double geomean = Math.exp(ran.stream().filter(TaskScore::correct)
                .mapToDouble(s -> Math.log(s.bestSpeedup().getAsDouble())).average().orElse(Double.NaN));
        double cost = all.stream().mapToDouble(TaskScore::costUsd).sum();
        long improved = all.stream().filter(TaskScore::improved).count();
        int k = outcomes.stream().mapToInt(a -> a.attempt() + 1).max().orElse(0);
        return new SuiteSummary(all.size(), ran.size(), skipped, errors, missing, k,
                share(all, TaskScore::correct), share(all, s -> s.correct() && s.bestSpeedup().getAsDouble() >= PIE_OPT),
                levels, sp, share(all, TaskScore::improved),
                share(all, TaskScore::optCommitAt1), share(all, TaskScore::optCommitAtK), share(all, TaskScore::optBaseAtK),
                fast, geomean,
                perTask(all, all.stream().mapToLong(TaskScore::tokensIn).sum()),
                perTask(all, all.stream().mapToLong(TaskScore::tokensOut).sum()),
                perTask(all, cost), improved == 0 ? Double.NaN : cost / improved);
    }

    private static boolean hasError(Collection<AttemptOutcome> outcomes, String taskId) {
        return outcomes.stream().anyMatch(a -> a.taskId().equals(taskId) && a.status() == AttemptStatus.ERROR);
    }

    private static double share(List<TaskScore> all, Predicate<TaskScore> p) {
        return all.isEmpty() ? Double.NaN : (double) all.stream().filter(p).count() / all.size();
    }

    private static double perTask(List<TaskScore> all, double total) {
        return all.isEmpty() ? Double.NaN : total / all.size();
    }
}
