package dev.perfagent.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfagent bench} and {@code perfagent merge} as a user meets them: messages, exit codes, resuming. */
class BenchCommandTest {
    static final Path PIE = Path.of("..", "datasets", "suites", "pie-examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void malformedRecordsAreReportedWithFileAndLineTheRestRunsAndTheExitCodeSaysSo() throws Exception {
        Path suite = dir.resolve("suite");
        Files.createDirectories(suite.resolve("tests"));
        for (String id : new String[]{"p00001", "p00008"}) {
            Path to = Files.createDirectories(suite.resolve("tests").resolve(id));
            try (var list = Files.list(PIE.resolve("tests").resolve(id))) {
                for (Path p : list.toList()) Files.copy(p, to.resolve(p.getFileName().toString()));
            }
        }
        String good = Files.readAllLines(PIE.resolve("pie-examples.jsonl")).stream()
                .filter(l -> l.contains("\"p00001\"") || l.contains("\"p00008\"")).reduce((a, b) -> a + "\n" + b).orElseThrow();
        Path jsonl = suite.resolve("records.jsonl");
        Files.writeString(jsonl, good + "\n{oops\n{\"problem_id\": \"p00002\", \"src_code\": \"x\"}\n"
                + "{\"problem_id\": \"p00003\", \"src_code\": \"x\", \"tgt_code\": \"y\"}\n");
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "pie", "--model", "fake", "--store", dir.resolve("s.db").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(r.err()).contains("left out: " + jsonl + ":3: not valid JSON")
                .contains("left out: " + jsonl + ":4: missing or not a string: tgt_code (or target)")
                .contains("left out: " + jsonl + ":5: no test cases: folder tests/p00003 not found");
        assertThat(r.out()).contains("tasks 2: ran 2, skipped 0, errors 0").contains("left out: 3 malformed record(s)");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void aSecondRunResumesAndRedoesNothingAndAnotherConfigurationIsRefused() {
        String store = dir.resolve("s.db").toString();
        CliRun first = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--attempts", "2", "--store", store);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.err()).contains("bench [24/24] 100%");
        CliRun again = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--attempts", "2", "--store", store);
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).doesNotContain("bench [");   // nothing left to run
        assertThat(again.out()).contains("tasks 12: ran 12");
        CliRun other = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--attempts", "3", "--store", store);
        assertThat(other.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(other.err().strip()).isEqualTo("perfagent: attempts (2 vs 3) differs between the store " + store
                + " and this command; resume with the flags the store was started with, or give another --store");
    }

    @Test
    void badFlagsUnknownLoadersAndModelsWithoutAKeyAreOneLineUserErrors() {
        CliRun loader = CliRun.of("bench", PIE.toString(), "--loader", "swe", "--store", dir.resolve("a.db").toString());
        assertThat(loader.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(loader.err()).startsWith("perfagent: loader 'swe' is unknown; valid loaders: gso (").contains("pie (");
        CliRun model = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "openai:gpt-5.1", "--store", dir.resolve("b.db").toString());
        assertThat(model.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(model.err().strip()).isEqualTo("perfagent: no API key for openai: set OPENAI_API_KEY");
        assertThat(dir.resolve("b.db")).doesNotExist();
        CliRun shard = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--shard", "2/2");
        assertThat(shard.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(shard.err()).contains("K must be 0 … N-1");
        CliRun missing = CliRun.of("bench", dir.resolve("nowhere").toString(), "--loader", "pie", "--store", dir.resolve("c.db").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("does not exist");
        for (CliRun r : new CliRun[]{loader, model, shard, missing}) assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void kernelBenchTasksWithoutAGpuAreSkippedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("19_ReLU.py"), """
                import torch
                class Model(torch.nn.Module):
                    def forward(self, x):
                        return torch.relu(x)
                def get_inputs():
                    return [torch.randn(16, 16384)]
                def get_init_inputs():
                    return []
                """);
        CliRun r = CliRun.of("bench", dir.toString(), "--loader", "kernelbench", "--model", "fake", "--store", dir.resolve("k.db").toString());
        if (Files.exists(Path.of("/dev/nvidia0"))) return;   // on a GPU machine the task runs; this checks the skip
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(r.out()).contains("tasks 1: ran 0, skipped 1").contains("not run: 19_ReLU: no NVIDIA GPU here");
    }

    @Test
    void mergeJoinsShardsAndExportsAndRefusesAMismatch() throws Exception {
        String a = dir.resolve("a.db").toString();
        String b = dir.resolve("b.db").toString();
        assertThat(CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--shard", "0/2", "--store", a).exitCode()).isZero();
        assertThat(CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--shard", "1/2", "--store", b).exitCode()).isZero();
        Path out = dir.resolve("export");
        CliRun m = CliRun.of("merge", a, b, "-o", dir.resolve("all.db").toString(), "--export-dir", out.toString());
        assertThat(m.exitCode()).as(m.err()).isZero();
        assertThat(m.out()).contains("merge: 2 store(s), 12 attempt(s)").contains("tasks 12: ran 12");
        assertThat(Files.readAllLines(out.resolve("predictions.jsonl"))).hasSize(12)
                .allMatch(l -> l.startsWith("{\"instance_id\":\"p000") && l.contains("\"model_name_or_path\":\"fake\"") && l.contains("\"model_patch\":\"--- fake patch"));
        assertThat(Files.readAllLines(out.resolve("tasks.csv"))).hasSize(13).first().asString().startsWith("task_id,ran,attempts,correct");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"pct_opt\"").contains("\"opt_at_k\"").contains("\"fast_1.5\"");
        CliRun again = CliRun.of("merge", a, a, "-o", dir.resolve("twice.db").toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("is given twice");
    }

    /** The bug: merge of 2 of 3 shards succeeded without a word about the missing one. */
    @Test
    void mergeOfTwoOfThreeShardsNamesTheMissingOneAndScoresItsTasksAsNotRun() {
        String a = dir.resolve("a.db").toString();
        String c = dir.resolve("c.db").toString();
        assertThat(CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--shard", "0/3", "--store", a).exitCode()).isZero();
        assertThat(CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--shard", "2/3", "--store", c).exitCode()).isZero();
        CliRun m = CliRun.of("merge", a, c, "-o", dir.resolve("all.db").toString());
        assertThat(m.exitCode()).as(m.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(m.out()).contains("merge: missing shard(s) 1/3: their tasks are scored as not run")
                .contains("tasks 12: ran 8, skipped 0, errors 0, no attempt 4")
                .contains("not run: p00002: no attempt recorded");
        CliRun other = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--shard", "1/3", "--store", a);
        assertThat(other.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(other.err()).contains("holds shard 0/3, this command asks for 1/3");
    }

    /** The bug: rerunning after fixing the environment did not retry tasks that errored; they stayed out of the denominators. */
    @Test
    void aTaskWhoseSetupFailedIsCountedListedAndRetriedByTheRerun() {
        String store = dir.resolve("s.db").toString();
        System.setProperty("perfagent.fake.failTask", "p00003");
        CliRun first;
        try {
            first = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--store", store);
        } finally {
            System.clearProperty("perfagent.fake.failTask");
        }
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(first.out()).contains("tasks 12: ran 11, skipped 0, errors 1")
                .contains("not run: p00003: the original fails: ModuleNotFoundError: No module named 'numpy'");
        // the environment is fixed: only the errored task runs again, and the suite is complete
        CliRun again = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--store", store);
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).contains("bench [12/12] 100%").contains("p00003#0");
        assertThat(again.out()).contains("tasks 12: ran 12, skipped 0, errors 0");
    }

    /** The bug: a run where every attempt failed (the model unreachable) exited 4, as if some tasks were skipped. */
    @Test
    void aRunWhereEveryAttemptFailedExitsThree() {
        CliRun r = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake-error:*", "--store", dir.resolve("s.db").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.INTERNAL);
        assertThat(r.out()).contains("tasks 12: ran 0, skipped 0, errors 12").contains("correctness        0.0%");
        assertThat(r.noStackTrace()).isTrue();
    }

    /** The bug: the >= 1.25x / 1.5x / 2x row came out in a random order. */
    @Test
    void theSpeedupLevelsRowIsInAscendingOrder() {
        CliRun r = CliRun.of("bench", PIE.toString(), "--loader", "pie", "--model", "fake", "--store", dir.resolve("s.db").toString());
        String row = r.out().lines().filter(l -> l.contains(">= 1.25x/1.5x/2x")).findFirst().orElseThrow();
        assertThat(row).matches(".*>= 1.25x/1.5x/2x\\s+\\S+ / \\S+ / \\S+\\s+shares at higher speedups.*");
        java.util.List<Double> values = java.util.regex.Pattern.compile("(\\d+\\.\\d)%").matcher(row).results()
                .map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(values).hasSize(3);
        assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder());   // a share at a higher level is never larger
    }
}
