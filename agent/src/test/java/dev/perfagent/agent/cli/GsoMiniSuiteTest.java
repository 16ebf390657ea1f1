package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled GSO-style suite end to end, offline: its repository is built from the committed history into a bare
 * mirror named as GSO users keep them, and {@code bench --loader gso --repos DIR} runs each instance as GSO's harness
 * does. The expert reaches opt_commit, the original does not, a model's patch is scored, and predictions written by
 * {@code --export-dir} are read back by {@code --predictions}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GsoMiniSuiteTest {
    static final Path SUITE = Path.of("..", "datasets", "suites", "gso-mini").toAbsolutePath().normalize();
    static final String WORDS = "perfagent__textstats-a5b4fa0";
    static final String AVERAGE = "perfagent__textstats-429cd52";
    static final String DEDUPE = "perfagent__textstats-a5a1836";
    static final ObjectMapper JSON = new ObjectMapper();

    /** A model's own patch for the word-counts instance: several times faster than base, close to the expert. */
    static final String COUNTER = """
            diff --git a/textstats/words.py b/textstats/words.py
            --- a/textstats/words.py
            +++ b/textstats/words.py
            @@ -1,4 +1,5 @@
             import re
            +from collections import Counter
             
             _WORD = re.compile(r"[a-z']+")
             
            @@ -9,12 +10,7 @@ def tokens(text):
             
             def word_counts(text):
                 \"""How often each word occurs, as a dict ordered by first occurrence.\"""
            -    words = tokens(text)
            -    counts = {}
            -    for w in words:
            -        if w not in counts:
            -            counts[w] = words.count(w)
            -    return counts
            +    return dict(Counter(tokens(text)))
             
             
             def top_words(text, n=10):
            """;

    @TempDir
    Path dir;
    Path repos;

    @BeforeAll
    void buildTheRepositoryFromItsCommittedHistory(@TempDir Path shared) throws Exception {
        repos = buildRepos(shared);
    }

    /** The suite's repository, built from its committed history as a bare mirror in {@code dir/repos}; returns that folder. */
    static Path buildRepos(Path dir) throws Exception {
        Path repos = dir.resolve("repos");
        Process p = new ProcessBuilder("python3", SUITE.resolve("build_repo.py").toString(), repos.resolve("perfagent__textstats.git").toString(), "--bare")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("02-word-counts a5b4fa052300db2f48a6a9c0114bfafe8426b011");   // the ids the instances name
        return repos;
    }

    CliRun bench(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("bench", SUITE.resolve("gso-mini.jsonl").toString(), "--loader", "gso",
                "--repos", repos.toString(), "--gso-iterations", "2"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theExpertReachesOptCommitAndItsExportedPredictionsReadBackTheSame() throws Exception {
        Path out = dir.resolve("expert-out");
        CliRun expert = bench("--model", "expert", "--store", dir.resolve("expert.db").toString(), "--export-dir", out.toString());
        assertThat(expert.exitCode()).as(expert.out() + expert.err()).isZero();
        assertThat(expert.out()).containsPattern("opt@1 / opt@1 +100.0% / 100.0%").contains("tasks 3: ran 3");
        Map<String, Map<String, Object>> rows = rows(dir.resolve("expert.db"));
        for (var row : rows.values()) {
            assertThat(row.get("verdict")).as(row.toString()).isEqualTo("IMPROVED");
            assertThat((Double) row.get("speedup")).isGreaterThan(1.5);
            assertThat((String) row.get("reason")).contains("GSO in-process").contains("per process").contains("cost: checkout");
        }
        List<String> predictions = Files.readAllLines(out.resolve("predictions.jsonl"));
        assertThat(predictions).hasSize(3);
        JsonNode first = JSON.readTree(predictions.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("instance_id", "model_name_or_path", "model_patch");
        assertThat(first.get("model_patch").asText()).startsWith("diff --git a/textstats/");

        CliRun again = bench("--predictions", out.resolve("predictions.jsonl").toString(), "--store", dir.resolve("again.db").toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).containsPattern("opt@1 / opt@1 +100.0% / 100.0%");
    }

    @Test
    void theOriginalIsNotOptimizedAWrongPatchIsIncorrectAndAModelsOwnPatchIsScored() throws Exception {
        String sorted = """
                diff --git a/textstats/items.py b/textstats/items.py
                --- a/textstats/items.py
                +++ b/textstats/items.py
                @@ -1,9 +1,3 @@
                 def dedupe(items):
                     \"""The items without repeats, in order of first occurrence.\"""
                -    seen = []
                -    out = []
                -    for item in items:
                -        if item not in seen:
                -            seen.append(item)
                -            out.append(item)
                -    return out
                +    return sorted(set(items))
                """;
        Path file = dir.resolve("predictions.jsonl");
        Files.writeString(file, line(WORDS, COUNTER) + line(AVERAGE, "") + line(DEDUPE, sorted));
        Path out = dir.resolve("out");
        CliRun r = bench("--predictions", file.toString(), "--store", dir.resolve("p.db").toString(), "--export-dir", out.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Map<String, Map<String, Object>> rows = rows(dir.resolve("p.db"));
        assertThat(rows.get(WORDS).get("verdict")).as(rows.get(WORDS).toString()).isEqualTo("IMPROVED");
        assertThat(rows.get(AVERAGE).get("verdict")).as(rows.get(AVERAGE).toString()).isEqualTo("NEUTRAL");   // the original: base against itself
        assertThat((String) rows.get(AVERAGE).get("reason")).contains("no patch");
        assertThat(rows.get(DEDUPE).get("verdict")).isEqualTo("INCORRECT");
        assertThat((String) rows.get(DEDUPE).get("reason")).contains("not equivalent to base's outputs");
        // the model's Counter patch is several times faster than base: opt_base. Whether it also reaches opt_commit
        // depends on how close to the expert it measured (about 0.9 here): the score must say what the stored figures say
        Map<String, Object> words = rows.get(WORDS);
        boolean nearExpert = (Double) words.get("speedup") / (Double) words.get("expert") > 0.95;
        assertThat((String) words.get("reason")).contains("patched/expert");
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(s.at("/metrics/opt_at_1").asDouble()).as(rows.toString()).isEqualTo(nearExpert ? 1 / 3.0 : 0.0);
        assertThat(s.at("/metrics/opt_base_at_k").asDouble()).isEqualTo(1 / 3.0);
        assertThat(s.at("/metrics/correctness").asDouble()).isEqualTo(2 / 3.0);
    }

    /**
     * The agent loop on GSO instances with a replayed model: the prob_script is the workload it profiles and times,
     * the reply that makes the expert's change is the expert's program (opt_commit), a reply that changes nothing
     * that matters is scored against base and the expert measured in the same run, and is not.
     */
    @Test
    void theLoopsCandidateIsScoredAgainstTheExpertMeasuredInTheSameRun() throws Exception {
        Path suite = dir.resolve("two.jsonl");
        Files.write(suite, Files.readAllLines(SUITE.resolve("gso-mini.jsonl")).stream()
                .filter(l -> l.contains(WORDS) || l.contains(DEDUPE)).toList());
        String expertsChange = """
                textstats/words.py
                ```python
                <<<<<<< SEARCH
                    words = tokens(text)
                    counts = {}
                    for w in words:
                        if w not in counts:
                            counts[w] = words.count(w)
                    return counts
                =======
                    counts = {}
                    for w in tokens(text):
                        counts[w] = counts.get(w, 0) + 1
                    return counts
                >>>>>>> REPLACE
                ```
                """;
        String noOp = """
                textstats/items.py
                ```python
                <<<<<<< SEARCH
                    seen = []
                =======
                    seen = []  # items already in out
                >>>>>>> REPLACE
                ```
                """;
        Path replies = dir.resolve("replies.jsonl");
        Files.writeString(replies, JSON.writeValueAsString(Map.of("task", WORDS, "reply", expertsChange)) + "\n"
                + JSON.writeValueAsString(Map.of("task", DEDUPE, "reply", noOp)) + "\n");
        Path store = dir.resolve("loop.db");
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "gso", "--repos", repos.toString(), "--gso-iterations", "2",
                "--model", "replay:" + replies, "--rounds", "1", "--candidates", "1", "--budget", "3", "--no-profile",
                "--store", store.toString(), "--export-dir", dir.resolve("loop-out").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Map<String, Map<String, Object>> rows = rows(store);
        Map<String, Object> words = rows.get(WORDS);
        assertThat(words.get("verdict")).as(words.toString()).isEqualTo("IMPROVED");
        assertThat((String) words.get("reason")).contains("GSO in-process").contains("the patch is the expert tree").contains("the loop's candidate");
        assertThat((Double) words.get("speedup") / (Double) words.get("expert")).isGreaterThan(0.95);
        Map<String, Object> dedupe = rows.get(DEDUPE);
        assertThat(dedupe.get("verdict")).as(dedupe.toString()).isIn("NEUTRAL", "REGRESSED");
        assertThat((String) dedupe.get("reason")).contains("patched/expert");
        // the loop worked on the checkout with the performance tests as its workload, and targeted the hot function
        Path run = Path.of(trajectory(store, DEDUPE));
        assertThat(run.resolve("base/tests/perfagent_gso/refs")).isNotEmptyDirectory();
        assertThat(Files.readString(run.resolve("targets.txt"))).contains("dedupe");
        JsonNode s = JSON.readTree(dir.resolve("loop-out/summary.json").toFile());
        assertThat(s.at("/metrics/opt_at_1").asDouble()).as(rows.toString()).isEqualTo(0.5);
    }

    /** A repository missing from --repos is cloned as a bare mirror from --repo-url; where that fails, one line says what to do. */
    @Test
    void aMissingRepositoryIsClonedFromItsUrlAndAFailedCloneIsOneLine() throws Exception {
        Path suite = dir.resolve("one.jsonl");
        Files.write(suite, Files.readAllLines(SUITE.resolve("gso-mini.jsonl")).stream().filter(l -> l.contains(WORDS)).toList());
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "gso", "--repos", fresh.toString(), "--gso-iterations", "1",
                "--repo-url", "file://" + repos.toAbsolutePath() + "/{owner}__{name}.git", "--store", dir.resolve("c.db").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("cloning perfagent/textstats from file://");
        assertThat(fresh.resolve("perfagent__textstats.git/HEAD")).isRegularFile();
        assertThat(r.out()).contains("tasks 1: ran 1");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun offline = CliRun.of("bench", suite.toString(), "--loader", "gso", "--repos", empty.toString(),
                "--repo-url", "file:///nonexistent/perfagent-test/{repo}.git", "--store", dir.resolve("d.db").toString());
        assertThat(offline.exitCode()).as(offline.out() + offline.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(offline.err().lines().filter(l -> l.contains("cannot clone")).toList()).singleElement().asString()
                .contains("perfagent__textstats.git is missing").contains("git clone --mirror file:///nonexistent/perfagent-test/perfagent/textstats.git");
        assertThat(empty.resolve("perfagent__textstats.git")).doesNotExist();
        assertThat(empty.resolve("perfagent__textstats.git.partial")).doesNotExist();
    }

    /** Where the store says the task's first attempt keeps its trajectory. */
    static String trajectory(Path store, String task) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + store);
             var q = c.prepareStatement("select trajectory from attempts where task_id = ? order by attempt limit 1")) {
            q.setString(1, task);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).as("a row for " + task).isTrue();
                assertThat(rs.getString(1)).as("the trajectory of " + task).isNotNull();
                return rs.getString(1);
            }
        }
    }

    static String line(String id, String patch) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance_id", id);
        m.put("model_name_or_path", "someone-elses-agent");
        m.put("model_patch", patch);
        return JSON.writeValueAsString(m) + "\n";
    }

    static Map<String, Map<String, Object>> rows(Path store) throws Exception {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + store); var st = c.createStatement();
             var q = st.executeQuery("select task_id, verdict, speedup, expert_speedup, reason from attempts order by task_id")) {
            while (q.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("verdict", q.getString(2));
                double v = q.getDouble(3);
                row.put("speedup", q.wasNull() ? null : v);
                double x = q.getDouble(4);
                row.put("expert", q.wasNull() ? null : x);
                row.put("reason", q.getString(5));
                rows.put(q.getString(1), row);
            }
        }
        return rows;
    }

    /** A patch that prints a time of its own and leaves before the equivalence check is not timed, let alone faster. */
    @Test
    void aPatchThatForgesTheTimeAndSkipsTheCheckIsNotScoredAsFaster() throws Exception {
        String forge = """
                diff --git a/textstats/series.py b/textstats/series.py
                --- a/textstats/series.py
                +++ b/textstats/series.py
                @@ -1,5 +1,9 @@
                 def moving_average(values, window):
                     \"""Mean of each run of `window` consecutive values.\"""
                +    import os, sys
                +    sys.stdout.write("\\nPERFAGENT_GSO_TIME 0.000001\\n")
                +    sys.stdout.flush()
                +    os._exit(0)
                     if window <= 0:
                         raise ValueError("window must be positive")
                     out = []
                """;
        Path file = dir.resolve("forged.jsonl");
        Files.writeString(file, line(AVERAGE, forge));
        CliRun r = bench("--predictions", file.toString(), "--store", dir.resolve("f.db").toString());
        Map<String, Object> row = rows(dir.resolve("f.db")).get(AVERAGE);
        assertThat(row.get("verdict")).as(row.toString()).isEqualTo("CRASHED");
        assertThat((String) row.get("reason")).contains("ended without run_test's time");
        assertThat(r.out()).containsPattern("opt@1 / opt@1 +0.0% / 0.0%");
    }
}
