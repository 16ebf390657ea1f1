package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bug: opt@K was 0% even when the candidate equals the expert, because bench never measured the expert for a
 * model's attempts. A replayed model that proposes each task's expert must reach opt_commit, with the expert's
 * speedup stored beside the candidate's; a candidate that is not the expert gets the expert measured on its own.
 */
class BenchOptAtKTest {
    static final Path PIE_PYTHON = Path.of("..", "datasets", "suites", "pie-python").toAbsolutePath().normalize();
    static final List<String> TASKS = List.of("p02000_s400000000", "p02007_s400733103");

    @TempDir
    Path dir;

    @Test
    void aCandidateEqualToTheExpertReachesOptCommitBecauseTheExpertIsMeasured() throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        List<String> records = Files.readAllLines(PIE_PYTHON.resolve("pie-python.jsonl")).stream()
                .filter(l -> l.contains("\"p02000\"") || l.contains("\"p02007\"")).toList();
        Files.write(suite.resolve("two.jsonl"), records);
        StringBuilder replies = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (String task : TASKS) {
            String pid = task.substring(0, 6);
            PiePythonSuiteTest.copyTree(PIE_PYTHON.resolve("tests").resolve(pid), suite.resolve("tests").resolve(pid));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("task", task);
            line.put("reply", "main.py\n```python\n" + Files.readString(PIE_PYTHON.resolve("programs").resolve(pid).resolve("tgt.py")) + "```\n");
            replies.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(dir.resolve("replies.jsonl"), replies.toString());
        Path store = dir.resolve("s.db");
        int improved;
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "pie", "--model", "replay:" + dir.resolve("replies.jsonl"),
                "--store", store.toString(), "--budget", "5", "--export-dir", dir.resolve("out").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + store); var st = c.createStatement();
             var q = st.executeQuery("select task_id, speedup, expert_speedup, verdict, reason from attempts order by task_id")) {
            int n = 0;
            improved = 0;
            while (q.next()) {
                n++;
                if ("IMPROVED".equals(q.getString(4))) improved++;
                double speedup = q.getDouble(2);
                double expert = q.getDouble(3);
                assertThat(q.wasNull()).as("expert measured for " + q.getString(1)).isFalse();
                assertThat(speedup).isGreaterThan(1.2);
                assertThat(q.getString(4)).as(q.getString(5)).isIn("IMPROVED", "NEUTRAL");   // NEUTRAL when few runs fit under load
                assertThat(speedup / expert).as("the expert's own program: one measurement").isEqualTo(1.0);
            }
            assertThat(n).isEqualTo(2);
        }
        // opt counts verified improvements only: the expert's program, measured once for both, reaches opt_commit
        // wherever its verdict is IMPROVED; a NEUTRAL one (its interval not clear of noise in the budget) does not
        JsonNode s = json.readTree(dir.resolve("out/summary.json").toFile());
        assertThat(s.at("/metrics/opt_at_k").asDouble()).isEqualTo(improved / 2.0);
        assertThat(s.at("/metrics/opt_at_1").asDouble()).isEqualTo(improved / 2.0);
        if (improved == 2) assertThat(r.out()).containsPattern("opt@1 / opt@1 +100.0% / 100.0%");
    }
}
