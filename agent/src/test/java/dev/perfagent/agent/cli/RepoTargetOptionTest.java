package dev.perfagent.agent.cli;

import dev.perfagent.agent.repo.ExampleRepos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --target FILE[:FUNCTION]} names what may be edited; with {@code --no-profile} nothing is profiled. */
class RepoTargetOptionTest {

    @BeforeEach
    void needsPython() {
        Assumptions.assumeTrue(ExampleRepos.onPath("python3"), "needs python3");
    }

    private static Path repo(Path tmp) throws Exception {
        Path repo = tmp.resolve("mini");
        Files.createDirectories(repo.resolve("mini"));
        Files.createDirectories(repo.resolve("tests"));
        Files.writeString(repo.resolve("mini/__init__.py"), "");
        Files.writeString(repo.resolve("mini/stats.py"), "def smallest(xs):\n    return sorted(xs)[0]\n\n\ndef largest(xs):\n    return sorted(xs)[-1]\n");
        Files.writeString(repo.resolve("tests/__init__.py"), "");
        Files.writeString(repo.resolve("tests/test_stats.py"),
                "import unittest\nfrom mini.stats import smallest\n\nclass T(unittest.TestCase):\n    def test_smallest(self):\n        self.assertEqual(smallest([3, 1, 2]), 1)\n");
        Files.writeString(repo.resolve("bench.py"), "from mini.stats import smallest\nprint(sum(smallest(list(range(i, i + 50))) for i in range(2000)))\n");
        return repo;
    }

    private static CliRun optimize(Path repo, Path tmp, String id, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("optimize", "--repo", repo.toString(), "--model", "rules",
                "--rounds", "1", "--runs-dir", tmp.resolve("runs").toString(), "--run-id", id));
        args.addAll(java.util.List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aNamedFunctionIsTheTargetAndNoProfileSkipsProfiling(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        CliRun r = optimize(repo, tmp, "named", "--target", "mini/stats.py:smallest", "--no-profile");
        assertThat(r.err()).contains("not profiling (--no-profile)", "editing mini/stats.py").doesNotContain("profiling the benchmark");
        assertThat(Files.readString(tmp.resolve("runs/named/targets.txt"))).contains("smallest").doesNotContain("largest(");
        // the offline rules have nothing for sorted(xs)[0]: said so, not only "converged"
        assertThat(r.out()).contains("no candidate: none of the offline rules for python", "--model openai:MODEL");
        // why it stopped is said once (the progress lines), not again on stdout
        assertThat(r.out() + r.err()).containsOnlyOnce("stopped: ");
    }

    @Test
    void aTargetThatNamesNothingOrATestIsOneLine(@TempDir Path tmp) throws Exception {
        Path repo = repo(tmp);
        CliRun missing = optimize(repo, tmp, "a", "--target", "mini/stat.py");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("--target mini/stat.py: no file mini/stat.py in the repository");
        CliRun function = optimize(repo, tmp, "b", "--target", "mini/stats.py:median");
        assertThat(function.err()).contains("no function median in mini/stats.py; it defines smallest, largest");
        CliRun test = optimize(repo, tmp, "c", "--target", "tests/test_stats.py");
        assertThat(test.err()).contains("tests/test_stats.py is a test, build or benchmark file");
        assertThat(missing.noStackTrace() && function.noStackTrace() && test.noStackTrace()).isTrue();
    }
}
