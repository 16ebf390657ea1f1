package dev.perfagent.agent.cli;

import dev.perfagent.agent.repo.ExampleRepos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The original is checked before any profile or model call: a setup that would fail every candidate stops with one
 * line naming the setting that fixes it (small Python repositories: a second or two each).
 */
class RepoGroundCheckTest {

    @BeforeEach
    void needsPython() {
        Assumptions.assumeTrue(ExampleRepos.onPath("python3"), "needs python3");
    }

    private static Path srcLayout(Path tmp, String test) throws Exception {
        Path repo = tmp.resolve("lib");
        Files.createDirectories(repo.resolve("src/lib"));
        Files.createDirectories(repo.resolve("tests"));
        Files.writeString(repo.resolve("pyproject.toml"), "[project]\nname = 'lib'\n");
        Files.writeString(repo.resolve("src/lib/__init__.py"), "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n");
        Files.writeString(repo.resolve("tests/test_total.py"), test);
        Files.writeString(repo.resolve("bench.py"), "from lib import total\nprint(total(range(200000)))\n");
        return repo;
    }

    private static CliRun optimize(Path repo, Path tmp, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("optimize", "--repo", repo.toString(), "--model", "rules",
                "--rounds", "1", "--runs-dir", tmp.resolve("runs").toString()));
        args.addAll(java.util.List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aTestCommandThatRunsNoTestIsAnErrorBeforeAnyProfile(@TempDir Path tmp) throws Exception {
        Path repo = srcLayout(tmp, "import unittest\n");
        CliRun r = optimize(repo, tmp);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("the test command ran no test").contains("set repo.test in perfagent.yaml").doesNotContain("profiling the benchmark");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void aSrcLayoutRunsWithSrcOnThePathAndABenchmarkWithoutItIsToldSo(@TempDir Path tmp) throws Exception {
        Path repo = srcLayout(tmp, "import unittest\nfrom lib import total\n\nclass T(unittest.TestCase):\n    def test_total(self):\n        self.assertEqual(total([1, 2]), 3)\n");
        // the user's own benchmark command without the path gets it, as the installed package would be importable
        CliRun r = optimize(repo, tmp, "--bench", "python3 -B bench.py", "--targets", "1", "--candidates", "1", "--budget", "5", "--run-id", "user");
        assertThat(r.err()).contains("benchmark: PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH} python3 -B bench.py", "profiling the benchmark", "editing src/lib/__init__.py")
                .doesNotContain("could not be profiled");
        // a benchmark that fails on the original: one line, the key that fixes it, no task.yaml
        CliRun bad = optimize(repo, tmp, "--bench", "python3 -B -c 'import lib.missing'", "--run-id", "bad");
        assertThat(bad.exitCode()).as(bad.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("the benchmark fails on the original", "ModuleNotFoundError", "set repo.bench in perfagent.yaml")
                .doesNotContain("task.yaml");
        // detected: the tests pass with src on the path, the benchmark is timed once and the budget reported
        CliRun ok = optimize(repo, tmp, "--targets", "1", "--candidates", "1", "--budget", "5", "--run-id", "ok");
        assertThat(ok.err()).contains("tests (PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH} python3 -B -m unittest discover -s tests)", "1 test(s) passed", "timing budget 5 s per candidate holds about", "profiling the benchmark")
                // the profiler's hook stays on the path that src/ was added to
                .doesNotContain("could not be profiled");
    }
}
