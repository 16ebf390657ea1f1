package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfagent pr} end to end on a real git repository and a real (Python) benchmark in the sandbox: a head that
 * does 1.5x the work is REGRESSED with its interval and fails the gate; a head that changes comments only is NEUTRAL.
 * Threshold 1.10 and a 20 s budget (the measurer stops as soon as the interval decides) keep it quick and steady on a busy 2-core runner: a 1.5x slowdown clears 1/1.10 by far.
 */
class PrRegressionGateTest {
    @TempDir
    static Path tmp;
    static GitRepoFixture repo;
    static String base;
    static String slower;
    static String commentsOnly;

    @BeforeAll
    static void repository() throws Exception {
        repo = new GitRepoFixture(tmp.resolve("repo"));
        base = repo.commit("base", Map.of("bench.py", GitRepoFixture.benchPy(), "work.py", GitRepoFixture.work()));
        slower = repo.commit("slower", Map.of("work.py", GitRepoFixture.slowerWork()));
        repo.commit("back", Map.of("work.py", GitRepoFixture.work()));
        commentsOnly = repo.commit("comments", Map.of("work.py", GitRepoFixture.commentedWork()));
    }

    private static PrCli pr(String head, Path out) {
        return PrCli.run(Map.of(), "pr", "--repo", repo.dir.toString(), "--base", base, "--head", head,
                "--bench", GitRepoFixture.BENCH, "--threshold", "1.10", "--budget", "20", "--fail-on-regression",
                "--out", out.toString());
    }

    @Test
    void aSlowerHeadIsRegressedWithItsIntervalAndFailsTheGate() throws Exception {
        Path out = tmp.resolve("out-regressed");
        PrCli r = pr(slower, out);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("REGRESSED  " + GitRepoFixture.BENCH);
        assertThat(r.out()).containsPattern("::error title=perfagent%3A regression in python3 -B bench.py::.*slower than the base");
        JsonNode bench = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("benchmarks").get(0);
        assertThat(bench.path("verdict").asText()).isEqualTo("REGRESSED");
        // the whole interval lies below 1/1.10, around the 1/1.5 the extra work costs
        assertThat(bench.path("high").asDouble()).isLessThan(1 / 1.10);
        assertThat(bench.path("speedup").asDouble()).isBetween(0.5, 0.8);
        String comment = Files.readString(out.resolve("comment.md"));
        assertThat(comment).startsWith(PrComment.MARKER).contains("1 regression in 1 benchmark").contains("❌ REGRESSED")
                .containsPattern("\\| 0\\.\\d\\d× \\[0\\.\\d\\d×, 0\\.\\d\\d×] \\|");
        // the worktrees are gone again
        assertThat(new Git(repo.dir).run("worktree", "list").strip().lines()).hasSize(1);
    }

    @Test
    void aHeadThatChangesOnlyCommentsIsNeutralAndPasses() throws Exception {
        Path out = tmp.resolve("out-neutral");
        PrCli r = pr(commentsOnly, out);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode bench = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("benchmarks").get(0);
        assertThat(bench.path("verdict").asText()).isEqualTo("NEUTRAL");
        assertThat(r.out()).doesNotContain("::error");
        assertThat(Files.readString(out.resolve("comment.md"))).doesNotContain("REGRESSED");
    }
}
