package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.ReplayProposer;
import dev.perfagent.agent.propose.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * best-of-n and evolve driven by a replay model: recorded search/replace replies, read by the real edit parser, each
 * adding one marker line to whatever version it is applied to, so a candidate's markers show its whole ancestry.
 */
class ReplayStrategyTest {
    @TempDir
    Path runDir;

    static ReplayProposer recording(int replies) {
        List<ReplayProposer.Recorded> recorded = new ArrayList<>();
        for (int n = 1; n <= replies; n++) {
            String reply = "Adding a marker.\n\nMain.java\n```java\n<<<<<<< SEARCH\n    public static void main(String[] args) throws IOException {\n"
                    + "=======\n    // step " + n + "\n    public static void main(String[] args) throws IOException {\n>>>>>>> REPLACE\n```\n";
            recorded.add(ReplayProposer.Recorded.of(reply, new Usage(1000, 100, 0.002)));
        }
        return new ReplayProposer("replay:test", recorded);
    }

    private RunResult run(Strategy s, Budget b) throws Exception {
        var parts = AgentLoop.Parts.of(recording(100), new CountingJudge(c -> null)).withStrategy(s).withBudget(b).withSeed(3);
        try (Trajectory t = Trajectory.open(runDir)) {
            return new AgentLoop(task(), parts, t, Replay.none()).run();
        }
    }

    private static long markers(Attempt a) {
        return a.files().get(FILE).lines().filter(l -> l.strip().startsWith("// step")).count();
    }

    @Test
    void bestOfNKeepsTwoLineagesAndEachBuildsOnItsOwnBest() throws Exception {
        RunResult r = run(Strategy.named("best-of-n", 2), budget(3, 20));

        assertThat(r.attempts()).hasSize(6).allSatisfy(a -> assertThat(a.problem()).isEmpty());
        for (int lineage = 0; lineage < 2; lineage++) {
            int l = lineage;
            List<Attempt> line = r.attempts().stream().filter(a -> a.lineage() == l).toList();
            assertThat(line).extracting(ReplayStrategyTest::markers).containsExactly(1L, 2L, 3L);
            assertThat(line.get(2).parentId()).isEqualTo(line.get(1).id());
        }
        // the two lineages carry different markers: they never built on each other
        String a = r.attempts().get(4).files().get(FILE);
        String b = r.attempts().get(5).files().get(FILE);
        assertThat(a).contains("// step 1").doesNotContain("// step 2");
        assertThat(b).contains("// step 2").doesNotContain("// step 1");
    }

    @Test
    void evolveDrawsParentsFromSeveralArchivedLineages() throws Exception {
        RunResult r = run(Strategy.named("evolve", 3), budget(5, 40));

        Set<String> parents = r.attempts().stream().map(Attempt::parentId).filter(p -> !p.equals(Pick.ORIGINAL))
                .collect(Collectors.toSet());
        assertThat(parents).hasSizeGreaterThan(1);
        Set<Integer> builtOn = r.attempts().stream().filter(a -> markers(a) >= 2).map(Attempt::lineage).collect(Collectors.toSet());
        assertThat(builtOn).as("lineages with a child of a child").hasSizeGreaterThan(1);
        assertThat(r.spend().usage().tokens()).isEqualTo(1100L * r.attempts().size());
    }
}
