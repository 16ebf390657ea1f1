package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.evaluators.metrics.SuiteMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The bundled PIE Python suite (pie-perf's record layout) through {@code bench --loader pie} with a replayed model
 * that answers only some tasks: every score printed and exported equals a hand computation over all twelve tasks,
 * those without a proposal and the one whose slow program imports a package the host lacks included.
 */
class PiePythonSuiteTest {
    static final Path SUITE = Path.of("..", "datasets", "suites", "pie-python").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** One stored attempt, as the hand computation needs it. */
    record Row(String task, String status, String verdict, Double speedup, String reason) {
        boolean correct() {
            return "DONE".equals(status) && List.of("IMPROVED", "NEUTRAL", "REGRESSED").contains(verdict) && speedup != null;
        }
    }

    @Test
    void everyScoreIsAHandComputationOverAllTwelveTasks() throws Exception {
        Path replies = dir.resolve("replies.jsonl");
        StringBuilder lines = new StringBuilder();
        reply(lines, "p02000_s400000000", Files.readString(SUITE.resolve("programs/p02000/tgt.py")));     // sieve: faster
        reply(lines, "p02007_s400733103", Files.readString(SUITE.resolve("programs/p02007/tgt.py")));     // deque: faster
        reply(lines, "p02008_s400837832", Files.readString(SUITE.resolve("programs/p02008/tgt.py")));     // x*x: not faster
        reply(lines, "p02009_s400942561", Files.readString(SUITE.resolve("programs/p02009/tgt.py")));     // its original imports numba
        reply(lines, "p02011_s401152019", "a = input()\nb = input()\nprint(0)\n");                         // wrong answer
        Files.writeString(replies, lines.toString());
        Path store = dir.resolve("pie-python.db");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("bench", SUITE.toString(), "--loader", "pie", "--model", "replay:" + replies, "--store", store.toString(),
                "--budget", "2", "--export-dir", out.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.INCOMPLETE);   // seven tasks got no proposal
        Map<String, Row> rows = rows(store);
        assertThat(rows).hasSize(12);
        boolean numba = numbaInstalled();
        if (!numba) {
            Row missing = rows.get("p02009_s400942561");
            assertThat(missing.status()).isEqualTo("ERROR");
            assertThat(missing.reason()).contains("No module named 'numba'");
            assertThat(r.out()).contains("not run: p02009_s400942561: ").contains("No module named 'numba'");
        }
        assertThat(rows.get("p02011_s401152019").verdict()).isEqualTo("INCORRECT");
        assertThat(rows.get("p02000_s400000000").correct()).isTrue();
        assertThat(rows.get("p02001_s400104729").status()).isEqualTo("SKIPPED");
        assertThat(r.out()).contains("not run: p02001_s400104729: the model proposed nothing");

        // by hand, over all twelve: a task without a correct candidate counts 1.0 and is not optimized
        int n = 12;
        List<Double> best = new ArrayList<>();
        for (Row row : rows.values()) best.add(row.correct() ? row.speedup() : null);
        double correct = best.stream().filter(b -> b != null).count() / (double) n;
        double pctOpt = best.stream().filter(b -> b != null && b >= 1.10).count() / (double) n;
        double sp = best.stream().mapToDouble(b -> b == null ? 1.0 : Math.max(1.0, b)).sum() / n;
        double at2 = best.stream().filter(b -> b != null && b >= 2.0).count() / (double) n;
        double fast1 = best.stream().filter(b -> b != null && b > 1.0).count() / (double) n;
        double verified = rows.values().stream().filter(x -> "IMPROVED".equals(x.verdict())).count() / (double) n;

        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(s.at("/counts/tasks").asInt()).isEqualTo(12);
        assertThat(s.at("/counts/errors").asInt()).isEqualTo(numba ? 0 : 1);
        assertThat(s.at("/counts/skipped").asInt()).isEqualTo(7);
        assertThat(s.at("/metrics/correctness").asDouble()).isCloseTo(correct, within(1e-12));
        assertThat(s.at("/metrics/pct_opt").asDouble()).isCloseTo(pctOpt, within(1e-12));
        assertThat(s.at("/metrics/sp").asDouble()).isCloseTo(sp, within(1e-12));
        assertThat(s.at("/metrics/pct_at_least/2").asDouble()).isCloseTo(at2, within(1e-12));
        assertThat(s.at("/metrics/fast_p/fast_1").asDouble()).isCloseTo(fast1, within(1e-12));
        assertThat(s.at("/metrics/fast_p/fast_0").asDouble()).isCloseTo(correct, within(1e-12));
        assertThat(s.at("/metrics/verified_improved").asDouble()).isCloseTo(verified, within(1e-12));
        assertThat(correct).isGreaterThanOrEqualTo(2 / 12.0);   // the sieve and the deque at least, over twelve, not over the five
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * pctOpt))
                .contains("tasks 12: ran " + (numba ? 5 : 4));
        assertThat(Files.readAllLines(out.resolve("tasks.csv"))).hasSize(13);
        assertThat(SuiteMetrics.PIE_OPT).isEqualTo(1.10);
    }

    private static void reply(StringBuilder lines, String task, String program) throws Exception {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("task", task);
        line.put("reply", "The complete updated file:\n\nmain.py\n```python\n" + program + "```\n");
        lines.append(JSON.writeValueAsString(line)).append('\n');
    }

    private static Map<String, Row> rows(Path store) throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + store); var st = c.createStatement();
             var q = st.executeQuery("select task_id, status, verdict, speedup, reason from attempts order by task_id")) {
            while (q.next()) {
                double v = q.getDouble("speedup");
                Double speedup = q.wasNull() ? null : v;
                rows.put(q.getString(1), new Row(q.getString(1), q.getString(2), q.getString(3), speedup, q.getString(5)));
            }
        }
        return rows;
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static boolean numbaInstalled() throws Exception {
        Process p = new ProcessBuilder("python3", "-c", "import numba").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
