package dev.perfagent.evaluators.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Scores a suite from its attempt outcomes; see {@link SuiteSummary} for each definition and the denominators. */
public final class SuiteMetrics {
    /** PIE's %OPT line. */
    public static final double PIE_OPT = 1.10;
    public static final List<Double> PIE_LEVELS = List.of(1.10, 1.25, 1.5, 2.0, 5.0, 10.0);
    public static final List<Double> FAST_P = List.of(0.0, 1.0, 1.5, 2.0);

    private SuiteMetrics() {
    }

    /** One score per task, sorted by task id. */
    public static List<TaskScore> scores(Collection<AttemptOutcome> outcomes) {
        Map<String, List<AttemptOutcome>> byTask = outcomes.stream()
                .collect(Collectors.groupingBy(AttemptOutcome::taskId, TreeMap::new, Collectors.toList()));
        List<TaskScore> scores = new ArrayList<>();
        byTask.forEach((id, attempts) -> scores.add(TaskScore.of(id, attempts)));
        return scores;
    }

    public static SuiteSummary summarize(Collection<AttemptOutcome> outcomes) {
        List<TaskScore> all = scores(outcomes);
        List<TaskScore> ran = all.stream().filter(TaskScore::ran).toList();
        int errors = (int) all.stream().filter(s -> !s.ran() && s.best().isEmpty() && hasError(outcomes, s.taskId())).count();
        int skipped = all.size() - ran.size() - errors;
        Map<Double, Double> levels = new TreeMap<>();
        for (double level : PIE_LEVELS) levels.put(level, share(ran, s -> s.correct() && s.bestSpeedup().getAsDouble() >= level));
        Map<Double, Double> fast = new TreeMap<>();
        for (double p : FAST_P) fast.put(p, share(ran, s -> s.correct() && s.bestSpeedup().getAsDouble() > p));
        double sp = ran.stream().mapToDouble(TaskScore::pieSpeedup).average().orElse(Double.NaN);
        double geomean = Math.exp(ran.stream().filter(TaskScore::correct)
                .mapToDouble(s -> Math.log(s.bestSpeedup().getAsDouble())).average().orElse(Double.NaN));
        double cost = ran.stream().mapToDouble(TaskScore::costUsd).sum();
        long improved = ran.stream().filter(TaskScore::improved).count();
        int k = outcomes.stream().mapToInt(a -> a.attempt() + 1).max().orElse(0);
        return new SuiteSummary(all.size(), ran.size(), skipped, errors, k,
                share(ran, TaskScore::correct), share(ran, s -> s.correct() && s.bestSpeedup().getAsDouble() >= PIE_OPT),
                levels, sp, share(ran, TaskScore::improved),
                share(ran, TaskScore::optCommitAt1), share(ran, TaskScore::optCommitAtK), share(ran, TaskScore::optBaseAtK),
                fast, geomean,
                perTask(ran, ran.stream().mapToLong(TaskScore::tokensIn).sum()),
                perTask(ran, ran.stream().mapToLong(TaskScore::tokensOut).sum()),
                perTask(ran, cost), improved == 0 ? Double.NaN : cost / improved);
    }

    private static boolean hasError(Collection<AttemptOutcome> outcomes, String taskId) {
        return outcomes.stream().anyMatch(a -> a.taskId().equals(taskId) && a.status() == AttemptStatus.ERROR);
    }

    private static double share(List<TaskScore> ran, Predicate<TaskScore> p) {
        return ran.isEmpty() ? Double.NaN : (double) ran.stream().filter(p).count() / ran.size();
    }

    private static double perTask(List<TaskScore> ran, double total) {
        return ran.isEmpty() ? Double.NaN : total / ran.size();
    }
}
