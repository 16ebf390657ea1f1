package dev.perfagent.agent.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.perfagent.datasets.loaders.RecordProblem;
import dev.perfagent.evaluators.metrics.SuiteSummary;
import dev.perfagent.evaluators.metrics.TaskScore;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run leaves for other tools: summary.json (the scores and how they were counted), predictions.jsonl (the
 * SWE-bench/GSO form: instance_id, model_name_or_path, model_patch — one line per task that ran, its best attempt's
 * patch) and tasks.csv (one row per task).
 */
public final class BenchExports {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchExports() {
    }

    public static void summaryJson(Path file, BenchConfig config, SuiteSummary s, List<RecordProblem> problems) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> cfg = new LinkedHashMap<>(config.compared());
        cfg.put("suite_name", config.suiteName());
        root.put("config", cfg);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("tasks", s.tasks());
        counts.put("ran", s.ran());
        counts.put("skipped", s.skipped());
        counts.put("errors", s.errors());
        counts.put("no_attempt", s.missing());
        counts.put("malformed_records", problems.size());
        counts.put("attempts_per_task", s.attemptsPerTask());
        counts.put("denominator", "tasks: every task of the suite; one skipped, errored, without a proposal or without an attempt counts as not optimized (speedup 1.0); malformed records are not tasks and are listed apart");
        root.put("counts", counts);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("correctness", num(s.correctness()));
        m.put("pct_opt", num(s.pctOpt()));
        m.put("sp", num(s.sp()));
        Map<String, Object> levels = new LinkedHashMap<>();
        s.pctAtLeast().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> levels.put(key(e.getKey()), num(e.getValue())));
        m.put("pct_at_least", levels);
        m.put("verified_improved", num(s.verified()));
        m.put("opt_at_1", num(s.optAt1()));
        m.put("opt_at_k", num(s.optAtK()));
        m.put("opt_base_at_k", num(s.optBaseAtK()));
        Map<String, Object> fast = new LinkedHashMap<>();
        s.fastP().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> fast.put("fast_" + key(e.getKey()), num(e.getValue())));
        m.put("fast_p", fast);
        m.put("geomean_speedup", num(s.geomeanSpeedup()));
        m.put("tokens_in_per_task", num(s.tokensInPerTask()));
        m.put("tokens_out_per_task", num(s.tokensOutPerTask()));
        m.put("cost_per_task_usd", num(s.costPerTask()));
        m.put("cost_of_pass_usd", num(s.costOfPass()));
        root.put("metrics", m);
        root.put("malformed_records", problems.stream().map(RecordProblem::toString).toList());
        write(file, JSON.writeValueAsString(root) + "\n");
    }

    /** @param patches each attempt's patch by "task_id#attempt" */
    public static void predictions(Path file, String model, List<TaskScore> scores, Map<String, String> patches) throws IOException {
        StringBuilder out = new StringBuilder();
        ObjectMapper plain = new ObjectMapper();
        for (TaskScore t : scores) {
            if (t.best().isEmpty()) continue;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("instance_id", t.taskId());
            line.put("model_name_or_path", model);
            line.put("model_patch", patches.getOrDefault(t.taskId() + "#" + t.best().get().attempt(), ""));
            out.append(plain.writeValueAsString(line)).append('\n');
        }
        write(file, out.toString());
    }

    public static void tasksCsv(Path file, List<TaskScore> scores) throws IOException {
        StringBuilder out = new StringBuilder("task_id,ran,attempts,correct,best_attempt,best_verdict,best_speedup,speedup_low,speedup_high,"
                + "expert_speedup,pie_speedup,improved,opt_commit_at_k,tokens_in,tokens_out,cost_usd,reason\n");
        for (TaskScore t : scores) {
            var b = t.best();
            List<String> cells = new ArrayList<>(List.of(t.taskId(), Boolean.toString(t.ran()), Integer.toString(t.attempts()),
                    Boolean.toString(t.correct()), b.map(a -> Integer.toString(a.attempt())).orElse(""),
                    b.flatMap(a -> a.verdict().map(Enum::name)).orElse(""),
                    b.map(a -> d(a.speedup())).orElse(""), b.map(a -> d(a.low())).orElse(""), b.map(a -> d(a.high())).orElse(""),
                    b.map(a -> d(a.expertSpeedup())).orElse(""), String.format(Locale.ROOT, "%.4f", t.pieSpeedup()),
                    Boolean.toString(t.improved()), Boolean.toString(t.optCommitAtK()),
                    Long.toString(t.tokensIn()), Long.toString(t.tokensOut()), String.format(Locale.ROOT, "%.6f", t.costUsd()),
                    t.ran() ? b.map(a -> a.reason()).orElse("") : t.reason()));
            out.append(String.join(",", cells.stream().map(BenchExports::csv).toList())).append('\n');
        }
        write(file, out.toString());
    }

    /** summary.json, predictions.jsonl and tasks.csv into {@code dir}. */
    public static void writeAll(Path dir, BenchConfig config, SuiteSummary summary, List<TaskScore> scores,
                                List<AttemptResult> attempts, List<RecordProblem> problems) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> byKey = new LinkedHashMap<>();
        attempts.forEach(a -> byKey.put(a.taskId() + "#" + a.attempt(), a.patch()));
        predictions(dir.resolve("predictions.jsonl"), config.model(), scores, byKey);
        summaryJson(dir.resolve("summary.json"), config, summary, problems);
        tasksCsv(dir.resolve("tasks.csv"), scores);
    }

    private static String d(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "";
    }

    private static String csv(String s) {
        if (s == null) return "";
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.contains(",") || one.contains("\"") ? "\"" + one.replace("\"", "\"\"") + "\"" : one;
    }

    private static String key(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }

    private static Object num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
