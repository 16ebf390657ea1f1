package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.loop.ReplyReader;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.prompts.Prompt;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --suggest}: the PR changed two functions of work.py; a scripted proposer (standing in for a replayed model)
 * offers a faster {@code run} (verified IMPROVED: suggested, as a suggestion block on the lines it replaces) and a
 * {@code label} that breaks the repository's test (INCORRECT: not suggested, only listed as tried). The benchmark
 * calls both, so the head's profile shows both hot.
 */
class PrSuggestTest {
    @TempDir
    Path tmp;

    /** Three times the work: a margin that a busy shared runner cannot hide (the gate test checks 1.5x). */
    static final String HEAD_RUN = GitRepoFixture.slowerWork().replace("range(n // 2)", "range(2 * n)");
    static final String HEAD_WORK = HEAD_RUN + """

            def label(x):
                return "item-" + str(x)
            """;
    static final String FASTER_RUN = GitRepoFixture.work() + """

            def label(x):
                return "item-" + str(x)
            """;
    static final String BROKEN_LABEL = HEAD_RUN + """

            def label(x):
                return str(x)
            """;
    /** Times both changed functions, so the head's profile shows both hot. */
    static final String BENCH_PY = GitRepoFixture.benchPy() + "from work import label\nprint(sum(len(label(i)) for i in range(100000)))\n";
    static final String TEST = """
            from work import run, label
            assert run(1000) == sum(i * i % 7 for i in range(1000)), "run"
            assert label(3) == "item-3", "label"
            """;

    /** Proposes, once per run, the version scripted for the changed function the task is about. */
    static final class ScriptedProposer implements Proposer {
        private boolean given;

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public List<Proposal> propose(ProposalRequest request) {
            if (given) return List.of();
            given = true;
            String id = request.task().id();
            if (id.contains("run")) return List.of(Proposal.ofFiles(name(), "drop the second pass, whose sum is discarded", Map.of("work.py", FASTER_RUN)));
            if (id.contains("label")) return List.of(Proposal.ofFiles(name(), "skip the prefix", Map.of("work.py", BROKEN_LABEL)));
            return List.of();
        }
    }

    @Test
    void suggestsTheVerifiedFasterMethodAndNotTheIncorrectOne() throws Exception {
        GitRepoFixture repo = new GitRepoFixture(tmp.resolve("repo"));
        String base = repo.commit("base", Map.of("bench.py", BENCH_PY, "test_work.py", TEST,
                "work.py", GitRepoFixture.work() + "\n\ndef label(x):\n    return \"item\" + \"-\" + str(x)\n"));
        String head = repo.commit("head", Map.of("work.py", HEAD_WORK));
        OptimizeRun.Makers makers = OptimizeRun.Makers.of(s -> new ScriptedProposer()).withPrompts(ctx -> new Prompt("optimize", "v0", "", ""))
                .withReplies((reply, files) -> new ReplyReader.Read(Map.of(), "scripted proposals carry files"));
        Path out = tmp.resolve("out");
        PrOptions o = new PrOptions(repo.dir, base, head, List.of(GitRepoFixture.BENCH), Optional.empty(), "", Optional.empty(),
                1.10, Duration.ofSeconds(20), 60, 1, Duration.ofSeconds(60), false,
                Optional.of(SuggestOptions.of("scripted", null).withRounds(1).withCandidates(2).withMaxTargets(3).withTestCommand(Optional.of("python3 -B test_work.py"))),
                false, OptionalInt.empty(), out);
        StringWriter stdout = new StringWriter();
        StringWriter progress = new StringWriter();
        int code;
        try (LocalSandbox sandbox = LocalSandbox.detect()) {
            code = PrMode.execute(o, Map.of(), sandbox, makers, new PrintWriter(stdout, true), new PrintWriter(progress, true));
        }

        assertThat(code).as(progress.toString()).isZero();
        String comment = Files.readString(out.resolve("comment.md"));
        assertThat(comment).contains("### Suggestions").contains("#### `run` — IMPROVED")
                .contains("drop the second pass, whose sum is discarded")
                .contains("Replace lines 5–8 of `work.py` with:\n\n```suggestion\n    return total\n```");
        assertThat(comment).doesNotContain("#### `label`").doesNotContain("skip the prefix")
                .containsPattern("- `label`: 1 candidate\\(s\\) tried, none verified faster \\(1 INCORRECT; \\d+\\.\\d% self, \\d+\\.\\d% total of the profile\\)")
                .contains("ranked by their share of the head's profile on the benchmarks (cProfile");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("suggestions")).hasSize(1);
        assertThat(summary.path("suggestions").get(0).path("method").asText()).isEqualTo("run");
        assertThat(summary.path("suggestions").get(0).path("outcome").asText()).startsWith("IMPROVED");
    }
}
