package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfagent bench} with a model the agent loop runs: each attempt is an optimize run with its trajectory kept. */
class BenchLoopTest {
    @TempDir
    Path dir;

    @Test
    void theRulesRunTheLoopOnEachTaskAndTheStoreKeepsTheirBestAndTrajectory() throws Exception {
        // two examples, as a small native suite: the rules make one of them verifiably faster
        Path suite = Files.createDirectories(dir.resolve("suite"));
        for (String t : new String[]{"py-unique-visitors", "cpp-rank-queries"}) {
            Path from = Path.of("..", "datasets", "suites", "examples", t);
            try (var files = Files.walk(from)) {
                for (Path p : files.sorted().toList()) {
                    Path to = suite.resolve(t).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        }
        Path store = dir.resolve("rules.db");
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "native", "--model", "rules", "--store", store.toString(),
                "--budget", "20", "--export-dir", dir.resolve("out").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        assertThat(summary.toString()).contains("\"model\":\"rules\"");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + store); var st = c.createStatement();
             var rows = st.executeQuery("select * from attempts order by task_id")) {
            int n = 0;
            while (rows.next()) {
                n++;
                assertThat(rows.getString("verdict")).as(rows.getString("task_id")).isEqualTo("IMPROVED");
                assertThat(Path.of(rows.getString("trajectory")).resolve("trajectory.jsonl")).exists();
                assertThat(rows.getString("patch")).startsWith("diff --git a/");
            }
            assertThat(n).isEqualTo(2);
        }
    }
}
