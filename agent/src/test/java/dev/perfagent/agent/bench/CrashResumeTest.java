package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.metrics.SuiteMetrics;
import dev.perfagent.evaluators.metrics.SuiteSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.perfagent.agent.bench.BenchFixtures.PIE;
import static dev.perfagent.agent.bench.BenchFixtures.request;
import static dev.perfagent.agent.bench.BenchFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * perfagent bench killed with SIGKILL at random points, in its own JVM, then rerun with the same command: every
 * attempt ends up in the store exactly once and the store equals that of a run never interrupted. The runner is the
 * deterministic fake ({@code --model fake}), so "equal" means row for row (timings aside) and the same scores; with the
 * expert the speedups would differ from run to run whatever the interruptions.
 */
class CrashResumeTest {
    static final int TASKS = 12;
    static final int ATTEMPTS = 4;

    @TempDir
    Path dir;

    @Test
    void killedRunsResumeToTheSameStoreAsAnUninterruptedRun() throws Exception {
        Path store = dir.resolve("killed.db");
        Random random = new Random(5);   // fixed: a failure can be replayed
        List<Integer> rowsAfterKills = new ArrayList<>();
        StringBuilder logs = new StringBuilder();
        int kills = 0;
        for (int round = 0; kills < 6 && round < 30; round++) {
            Process p = launch(store);
            long waitMs = 1500 + random.nextInt(3000);   // a JVM start takes 1-3 s on a busy machine; the work (48 attempts of 1.5 s on 2 jobs) about 36 s more
            if (p.waitFor(waitMs, TimeUnit.MILLISECONDS)) {
                assertThat(p.exitValue()).as(output(p)).isZero();
                break;   // finished before the kill: the rounds below only check the end state
            }
            p.destroyForcibly();   // SIGKILL: no shutdown hook, no chance to close the store
            p.waitFor();
            kills++;
            logs.append("--- killed after ").append(waitMs).append(" ms:\n").append(output(p));
            if (Files.exists(store)) rowsAfterKills.add(rows(store).size());
        }
        System.out.println("CrashResumeTest: " + kills + " SIGKILLs; rows in the store after each: " + rowsAfterKills);
        assertThat(kills).as("kills that hit a running bench").isGreaterThanOrEqualTo(5);
        assertThat(rowsAfterKills).as("some kill landed in the middle of the run; output of the killed runs:%n%s", logs).anyMatch(n -> n > 0 && n < TASKS * ATTEMPTS);
        assertThat(rowsAfterKills).isSorted();   // nothing finished is ever lost

        Process last = launch(store);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(output(last)).isZero();

        Path clean = dir.resolve("clean.db");
        Bench.Report uninterrupted = BenchFixtures.run(request(PIE, "fake", ATTEMPTS, 2, Shard.ALL, clean, 1));
        List<String> killed = rows(store);
        assertThat(killed).hasSize(TASKS * ATTEMPTS).doesNotHaveDuplicates().isEqualTo(rows(clean));
        try (BenchStore s = BenchStore.open(store)) {
            SuiteSummary summary = SuiteMetrics.summarize(s.attempts().stream().map(AttemptResult::outcome).toList());
            assertThat(summary).isEqualTo(uninterrupted.summary());
        }
    }

    /**
     * The same with the real expert runner on three tasks, killed once just after its first attempt was committed:
     * that attempt is kept as it was (not redone) and the rerun completes the rest. Speedups are measured anew, so
     * only the set of tasks and their correctness are compared.
     */
    @Test
    void expertRunKilledAfterItsFirstAttemptKeepsItAndCompletesTheRest() throws Exception {
        Path suite = BenchFixtures.pieSubset(dir.resolve("suite"), "p00001", "p00008", "p00010");
        Path store = dir.resolve("expert.db");
        Process p = launch(store, suite, "expert", 1, "--budget", "1");
        long deadline = System.currentTimeMillis() + 120_000;
        List<String> before = List.of();
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            if (java.nio.file.Files.exists(store) && !(before = startedAt(store)).isEmpty()) break;
            Thread.sleep(50);
        }
        assertThat(p.isAlive()).as("killed while still running: %s", output(p)).isTrue();
        p.destroyForcibly();
        p.waitFor();
        assertThat(before).hasSizeBetween(1, 2);
        Process rerun = launch(store, suite, "expert", 1, "--budget", "1");
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(output(rerun)).isZero();
        List<String> after = startedAt(store);
        assertThat(after).hasSize(3).containsAll(before);   // the attempt finished before the kill is the same row
        try (BenchStore s = BenchStore.open(store)) {
            assertThat(s.attempts()).extracting(AttemptResult::taskId).containsExactly("p00001", "p00008", "p00010");
            assertThat(s.attempts()).allMatch(a -> a.outcome().correct());
        }
    }

    private static List<String> startedAt(Path store) throws Exception {
        try (BenchStore s = BenchStore.open(store)) {
            return s.attempts().stream().map(a -> a.taskId() + "@" + a.started()).toList();
        }
    }

    private Process launch(Path store) throws Exception {
        return launch(store, PIE, "fake", ATTEMPTS, "--jobs", "2");
    }

    private Process launch(Path store, Path suite, String model, int attempts, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dperfagent.fake.sleepMs=1500", "-cp", System.getProperty("java.class.path"),
                "dev.perfagent.agent.cli.Main", "bench", suite.toString(), "--loader", "pie", "--model", model,
                "--attempts", Integer.toString(attempts), "--store", store.toString()));
        command.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("last-run.log").toFile());
        return pb.start();
    }

    private String output(Process p) {
        try {
            return Files.readString(dir.resolve("last-run.log"));
        } catch (Exception e) {
            return "(no output)";
        }
    }
}
