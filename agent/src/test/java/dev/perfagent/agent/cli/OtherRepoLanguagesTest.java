package dev.perfagent.agent.cli;

import dev.perfagent.agent.repo.ExampleRepos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repository mode beyond Maven, with recorded replies: a Makefile C++ library profiled with perf (a vector of
 * stopwords copied and scanned for every word: one hash set) and a Python package profiled with cProfile (membership
 * tests on a list: a set beside it). Tagged slow: each is a profile, a baseline and a measured candidate, a few minutes on a busy machine.
 */
@Tag("slow")
class OtherRepoLanguagesTest {

    @Test
    void cppMakefileRepository(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ExampleRepos.onPath("g++") && ExampleRepos.onPath("make") && ExampleRepos.onPath("git"), "needs g++, make and git");
        Path repo = ExampleRepos.checkout("cpp-wordstats", tmp);
        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--model", "replay:" + reply("cpp-wordstats-stopword-set"), "--rounds", "1",
                "--candidates", "1", "--budget", "240", "--max-runs", "20", "--no-profile", "--runs-dir", tmp.resolve("runs").toString(), "--run-id", "cpp");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("editing src/stats.cpp");
        assertThat(Files.readString(tmp.resolve("runs/cpp/best.patch"))).contains("src/stats.cpp").contains("unordered_set");
        assertThat(Files.readString(tmp.resolve("runs/cpp/report.md"))).contains("Profile before").contains("is_stopword");
    }

    @Test
    void pythonUnittestRepository(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ExampleRepos.onPath("python3") && ExampleRepos.onPath("git"), "needs python3 and git");
        Path repo = ExampleRepos.checkout("py-textindex", tmp);
        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--model", "replay:" + reply("py-textindex-vocabulary-set"), "--rounds", "1",
                "--candidates", "1", "--budget", "240", "--max-runs", "20", "--no-profile", "--runs-dir", tmp.resolve("runs").toString(), "--run-id", "py");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("editing textindex/vocabulary.py");
        assertThat(Files.readString(tmp.resolve("runs/py/best.patch"))).contains("textindex/vocabulary.py").contains("known = set()");
    }

    /** The offline rules do not fire on these shapes (the by-value parameter is declared in a header the model may not
     * edit; the list escapes through return), so the fixes are recorded replies. */
    private static String reply(String name) {
        return ExampleRepos.ROOT.resolve("replies/" + name + ".jsonl").toString();
    }
}
