package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyTest {
    @TempDir
    Path runDir;

    private RunResult run(Strategy s, CandidateJudge j, Budget b) throws Exception {
        try (Trajectory t = Trajectory.open(runDir)) {
            return new AgentLoop(task(), parts(new MarkingProposer(Usage.NONE), s, j, b), t, Replay.none()).run();
        }
    }

    @Test
    void bestOfNKeepsSeveralLineagesAndBuildsOnEach() throws Exception {
        RunResult r = run(Strategy.named("best-of-n", 3), new CountingJudge(c -> null), budget(3, 30));

        assertThat(r.attempts()).hasSize(9);
        for (int lineage = 0; lineage < 3; lineage++) {
            int l = lineage;
            var line = r.attempts().stream().filter(a -> a.lineage() == l).toList();
            assertThat(line).hasSize(3);
            // each lineage's child builds on that lineage's previous improvement, not on another lineage's
            assertThat(line.get(1).parentId()).isEqualTo(line.get(0).id());
            assertThat(line.get(2).parentId()).isEqualTo(line.get(1).id());
        }
    }

    @Test
    void bestOfNLineageThatFailsStartsAgainFromTheOriginalWhileOthersGoOn() throws Exception {
        RunResult r = run(Strategy.named("best-of-n", 2), new CountingJudge(c -> c.id().equals("c1") ? Verdict.INCORRECT : null), budget(2, 30));

        assertThat(r.attempts()).extracting(Attempt::lineage, Attempt::parentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "original"), org.assertj.core.groups.Tuple.tuple(1, "original"),
                        org.assertj.core.groups.Tuple.tuple(0, "original"), org.assertj.core.groups.Tuple.tuple(1, "c2"));
    }

    @Test
    void evolveKeepsAnArchiveOfDistinctImprovementsAndDrawsParentsFromMoreThanOne() throws Exception {
        RunResult r = run(Strategy.named("evolve", 4), new CountingJudge(c -> null), budget(5, 40));

        Set<String> parents = r.attempts().stream().filter(a -> a.round() > 1).map(Attempt::parentId)
                .filter(p -> !p.equals("original")).collect(Collectors.toSet());
        assertThat(parents).as("parents drawn from the archive").hasSizeGreaterThan(1);
        Set<Integer> lineages = r.attempts().stream().filter(a -> a.round() > 2 && !a.parentId().equals("original"))
                .map(Attempt::lineage).collect(Collectors.toSet());
        assertThat(lineages).as("lineages built on after round 2").hasSizeGreaterThan(1);
        assertThat(Evolve.archive(r.attempts())).hasSizeGreaterThan(1);
    }

    @Test
    void evolveIsRepeatableForTheSameSeed() throws Exception {
        RunResult a = run(Strategy.named("evolve", 3), new CountingJudge(c -> null), budget(4, 40));
        RunResult b = run(Strategy.named("evolve", 3), new CountingJudge(c -> null), budget(4, 40));
        assertThat(a.attempts()).extracting(Attempt::parentId).isEqualTo(b.attempts().stream().map(Attempt::parentId).toList());
    }

    @Test
    void anUnknownStrategyListsTheKnownOnes() {
        assertThatThrownBy(() -> Strategy.named("hillclimb", 1)).hasMessage("unknown strategy hillclimb; one of best-of-n, coder-judge, evolve, refine");
    }
}
