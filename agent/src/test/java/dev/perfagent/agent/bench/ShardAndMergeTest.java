package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.metrics.SuiteMetrics;
import dev.perfagent.evaluators.metrics.SuiteSummary;
import dev.perfagent.evaluators.metrics.TaskScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.perfagent.agent.bench.BenchFixtures.PIE;
import static dev.perfagent.agent.bench.BenchFixtures.request;
import static dev.perfagent.agent.bench.BenchFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Four shards run apart and merged give what one run gives; merges that would mix runs are refused. */
class ShardAndMergeTest {
    @TempDir
    Path dir;

    @Test
    void shardsAreDeterministicBalancedAndDisjoint() {
        List<String> ids = IntStream.range(0, 10).mapToObj(i -> "t" + (9 - i)).toList();
        List<String> all = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            List<String> mine = new Shard(k, 4).select(ids, s -> s);
            assertThat(mine.size()).isBetween(2, 3);
            assertThat(mine).isEqualTo(new Shard(k, 4).select(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), s -> s));
            all.addAll(mine);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
        assertThatThrownBy(() -> Shard.parse("4/4")).hasMessageContaining("K must be 0 … N-1");
        assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("not K/N with whole numbers");
    }

    @Test
    void fourShardsMergedEqualOneRunRowForRowWithTheFakeRunner() throws Exception {
        Path whole = dir.resolve("whole.db");
        Bench.Report one = BenchFixtures.run(request(PIE, "fake", 2, 2, Shard.ALL, whole, 1));
        List<Path> shards = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Path store = dir.resolve("shard" + k + ".db");
            Bench.Report r = BenchFixtures.run(request(PIE, "fake", 2, 1, new Shard(k, 4), store, 1));
            assertThat(r.summary().tasks()).isEqualTo(3);   // 12 tasks in 4 balanced slices
            shards.add(store);
        }
        Path merged = dir.resolve("all.db");
        StoreMerge.Result result = StoreMerge.merge(shards, merged);
        assertThat(result.attempts()).isEqualTo(24);
        assertThat(result.missingShards()).isEmpty();
        assertThat(result.suiteTaskIds()).hasSize(12);
        assertThat(rows(merged)).isEqualTo(rows(whole));
        try (BenchStore s = BenchStore.open(merged)) {
            SuiteSummary m = SuiteMetrics.summarize(s.attempts().stream().map(AttemptResult::outcome).toList());
            assertThat(m).isEqualTo(one.summary());
            assertThat(s.config()).hasValue(one.config());
        }
    }

    @Test
    void mergeRefusesOverlappingShardsOtherConfigurationsAndAnExistingOutput() throws Exception {
        Path s0 = dir.resolve("s0.db");
        Path s1 = dir.resolve("s1.db");
        Path whole = dir.resolve("whole.db");
        Path twoAttempts = dir.resolve("k2.db");
        BenchFixtures.run(request(PIE, "fake", 1, 1, new Shard(0, 2), s0, 1));
        BenchFixtures.run(request(PIE, "fake", 1, 1, new Shard(1, 2), s1, 1));
        BenchFixtures.run(request(PIE, "fake", 1, 1, Shard.ALL, whole, 1));
        BenchFixtures.run(request(PIE, "fake", 2, 1, new Shard(1, 2), twoAttempts, 1));
        assertThatThrownBy(() -> StoreMerge.merge(List.of(s0, whole), dir.resolve("x.db")))
                .hasMessage("task p00001 is in both " + s0 + " and " + whole + "; merge stores of disjoint shards");
        assertThatThrownBy(() -> StoreMerge.merge(List.of(s0, twoAttempts), dir.resolve("y.db")))
                .hasMessage("attempts (1 vs 2) differs between " + s0 + " and " + twoAttempts + "; only shards of one run can be merged");
        assertThatThrownBy(() -> StoreMerge.merge(List.of(s0, s1), whole)).hasMessageContaining("already exists");
        assertThat(dir.resolve("x.db")).doesNotExist();
        assertThat(dir.resolve("y.db")).doesNotExist();
    }

    @Test
    void realShardsOfTheExpertRunCoverTheSameTasksAsOneRun() throws Exception {
        Path suite = BenchFixtures.pieSubset(dir.resolve("suite"), "p00001", "p00010");
        Bench.Report one = Bench.run(request(suite, "expert", 1, 1, Shard.ALL, dir.resolve("one.db"), 1.5),
                dev.perfagent.sandbox.local.LocalSandbox::detect, quiet(), quiet());
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        Bench.run(request(suite, "expert", 1, 1, new Shard(0, 2), a, 1.5), dev.perfagent.sandbox.local.LocalSandbox::detect, quiet(), quiet());
        Bench.run(request(suite, "expert", 1, 1, new Shard(1, 2), b, 1.5), dev.perfagent.sandbox.local.LocalSandbox::detect, quiet(), quiet());
        Path merged = dir.resolve("merged.db");
        StoreMerge.merge(List.of(a, b), merged);
        try (BenchStore s = BenchStore.open(merged)) {
            List<TaskScore> scores = SuiteMetrics.scores(s.attempts().stream().map(AttemptResult::outcome).toList());
            // speedups differ run to run; which tasks ran and which are correct must not
            assertThat(scores).extracting(TaskScore::taskId).containsExactly("p00001", "p00010");
            assertThat(scores).extracting(TaskScore::correct).isEqualTo(one.scores().stream().map(TaskScore::correct).toList());
            assertThat(scores).allMatch(TaskScore::correct);
            assertThat(s.config()).hasValue(one.config());
        }
    }

    private static java.io.PrintWriter quiet() {
        return new java.io.PrintWriter(java.io.Writer.nullWriter());
    }
}
