package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfagent pr --suggest --model replay:FILE} end to end through the CLI, as a workflow runs it. The PR changes
 * three functions of work.py: {@code run} (hot; its recorded reply drops the extra pass: verified IMPROVED, suggested),
 * {@code label} (hot; its recorded reply breaks the test: INCORRECT, not suggested) and {@code describe} (never
 * called by the benchmark: cold in the head's profile, so no loop runs on it although a reply is recorded for it).
 * One recording serves all three runs, each reply keyed by its run's task ({@code pr-<method>}).
 */
class PrSuggestCliTest {
    @TempDir
    Path tmp;

    static final String DESCRIBE_BASE = "\n\ndef describe(x):\n    return \"<\" + label(x) + \">\"\n";
    static final String DESCRIBE_HEAD = "\n\ndef describe(x):\n    return \"<%s>\" % label(x)\n";

    static String reply(String summary, String search, String replace) {
        return summary + "\n\nwork.py\n```python\n<<<<<<< SEARCH\n" + search + "=======\n" + replace + ">>>>>>> REPLACE\n```\n";
    }

    @Test
    void suggestsTheVerifiedHotMethodNotTheIncorrectOneAndSkipsTheColdOne() throws Exception {
        GitRepoFixture repo = new GitRepoFixture(tmp.resolve("repo"));
        String base = repo.commit("base", Map.of("bench.py", PrSuggestTest.BENCH_PY, "test_work.py", PrSuggestTest.TEST + "from work import describe\nassert describe(1) == \"<item-1>\"\n",
                "work.py", GitRepoFixture.work() + "\n\ndef label(x):\n    return \"item\" + \"-\" + str(x)\n" + DESCRIBE_BASE));
        String head = repo.commit("head", Map.of("work.py", PrSuggestTest.HEAD_WORK + DESCRIBE_HEAD));

        ObjectMapper json = new ObjectMapper();
        List<String> recording = new ArrayList<>();
        recording.add(json.writeValueAsString(Map.of("task", "pr-label", "reply", reply("Skip the prefix.",
                "    return \"item-\" + str(x)\n", "    return str(x)\n"))));
        recording.add(json.writeValueAsString(Map.of("task", "pr-run", "reply", reply("Drop the second pass, whose sum is discarded.",
                "    extra = 0\n    for i in range(2 * n):\n        extra += i * i % 7\n    return total + extra * 0\n", "    return total\n"))));
        recording.add(json.writeValueAsString(Map.of("task", "pr-describe", "reply", reply("Format once.",
                "    return \"<%s>\" % label(x)\n", "    return \"<\" + label(x) + \">\"\n"))));
        Path replies = tmp.resolve("replies.jsonl");
        Files.write(replies, recording);
        Path out = tmp.resolve("out");
        Path stepSummary = tmp.resolve("step-summary.md");

        PrCli r = PrCli.run(Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString()), "pr", "--repo", repo.dir.toString(),
                "--base", base, "--head", head, "--bench", GitRepoFixture.BENCH, "--threshold", "1.10", "--budget", "6",
                "--suggest", "--model", "replay:" + replies, "--test", "python3 -B test_work.py", "--rounds", "1", "--candidates", "1",
                "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.noStackTrace()).isTrue();
        assertThat(r.out()).contains("suggestions: 1 verified");
        assertThat(r.err()).contains("task pr-run").contains("task pr-label").doesNotContain("searching for a faster describe");
        String comment = Files.readString(out.resolve("comment.md"));
        assertThat(comment).contains("#### `run` — IMPROVED").contains("Drop the second pass, whose sum is discarded.")
                .contains("```suggestion\n    return total\n```")
                .doesNotContain("#### `label`").doesNotContain("Skip the prefix").doesNotContain("#### `describe`")
                .containsPattern("- `label`: 1 candidate\\(s\\) tried, none verified faster \\(1 INCORRECT; ")
                .contains("- `describe`: not tried (cold: never seen in the profile of the benchmarks)")
                .contains("ranked by their share of the head's profile on the benchmarks");
        assertThat(Files.readString(stepSummary)).isEqualTo(comment + "\n");
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("suggestions")).hasSize(1);
        assertThat(summary.path("suggestions").get(0).path("method").asText()).isEqualTo("run");
        assertThat(summary.path("suggestions").get(0).path("outcome").asText()).startsWith("IMPROVED");
        assertThat(summary.path("notSuggested").toString()).contains("`describe`: not tried (cold");
        // the loop ran on the two hot methods only
        try (var runs = Files.list(out.resolve("suggest"))) {
            assertThat(runs.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("profile-"))
                    .map(n -> n.substring(n.indexOf('-') + 1))).containsExactlyInAnyOrder("run", "label");
        }
    }
}
