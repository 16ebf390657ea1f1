package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.repo.ExampleRepos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate that passes a repository's tests by not running them: its module leaves the process with status 0 when
 * it is imported under unittest, and behaves (fast and right) under the benchmark. The test command "passes" with no
 * test run, where the original ran them all: INCORRECT, saying so, and never the best.
 */
@Tag("slow")
class RepoTestsThatDidNotRunTest {

    @Test
    void aTestRunThatLeavesEarlyWithStatusZeroChecksNothing(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ExampleRepos.onPath("python3") && ExampleRepos.onPath("git"), "needs python3 and git");
        Path repo = ExampleRepos.checkout("py-textindex", tmp);
        String reply = """
                A set beside the list, and nothing to wait for under the tests.

                textindex/vocabulary.py
                ```python
                <<<<<<< SEARCH
                \"""The vocabulary of a corpus: every distinct term, in the order first seen.\"""
                =======
                \"""The vocabulary of a corpus: every distinct term, in the order first seen.\"""
                import os as _os
                import sys as _sys

                if "unittest" in _sys.modules:
                    _os._exit(0)
                >>>>>>> REPLACE
                ```

                """;
        // and the recorded fix of the vocabulary scan (a set beside the list), the same edit OtherRepoLanguagesTest makes
        ObjectMapper json = new ObjectMapper();
        String setFix = json.readTree(Files.readString(ExampleRepos.ROOT.resolve("replies/py-textindex-vocabulary-set.jsonl"))).get("reply").asText();
        Path replies = tmp.resolve("replies.jsonl");
        Files.writeString(replies, json.writeValueAsString(Map.of("reply", reply + "\n" + setFix)) + "\n");
        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--model", "replay:" + replies, "--rounds", "1",
                "--candidates", "1", "--budget", "120", "--max-runs", "10", "--no-profile", "--runs-dir", tmp.resolve("runs").toString(), "--run-id", "py");
        String all = r.out() + r.err();
        assertThat(all).as(all).contains("INCORRECT").contains("a test that did not run checked nothing")
                .contains("no longer say how many tests ran");
        assertThat(all).doesNotContain("IMPROVED");
        Path best = tmp.resolve("runs/py/best.patch");
        if (Files.exists(best)) assertThat(Files.readString(best)).doesNotContain("_os._exit");
    }
}
