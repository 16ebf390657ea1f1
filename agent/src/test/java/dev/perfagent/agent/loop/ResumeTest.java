package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;
import dev.perfagent.agent.report.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run killed after some evaluations continues from its trajectory: nothing finished is redone, the end is the same. */
class ResumeTest {
    @TempDir
    Path dir;

    /** What a kill does to the loop: it stops dead, mid-run, with no chance to clean up. */
    static final class Killed extends Error {
    }

    private Map<String, Object> summaryWithoutWallTime(RunResult r) throws Exception {
        Map<String, Object> m = new java.util.LinkedHashMap<>(RunSummary.of("run", task(), "marking", "best-of-n", r).toJson());
        m.remove("wallSeconds");
        return m;
    }

    @Test
    void aKilledRunResumesWithoutRepeatingFinishedEvaluationsAndEndsAsAnUninterruptedOne() throws Exception {
        Path whole = dir.resolve("whole");
        var judge = new CountingJudge(c -> c.id().equals("c2") ? dev.perfagent.evaluators.Verdict.BUILD_FAILED : null);
        RunResult uninterrupted;
        try (Trajectory t = Trajectory.open(whole)) {
            uninterrupted = new AgentLoop(task(), parts(new MarkingProposer(new Usage(100, 50, 0.01)), Strategy.named("best-of-n", 2), judge,
                    budget(4, 20)), t, Replay.none()).run();
        }
        int allEvaluations = judge.calls.get();
        int candidates = 8;
        assertThat(allEvaluations).as("8 candidates and the confirmation of the best").isEqualTo(candidates + 1);

        Path killed = dir.resolve("killed");
        var first = new CountingJudge(c -> {
            if (c.id().equals("c6")) throw new Killed();
            return c.id().equals("c2") ? dev.perfagent.evaluators.Verdict.BUILD_FAILED : null;
        });
        try (Trajectory t = Trajectory.open(killed)) {
            var loop = new AgentLoop(task(), parts(new MarkingProposer(new Usage(100, 50, 0.01)), Strategy.named("best-of-n", 2), first,
                    budget(4, 20)), t, Replay.none());
            assertThatThrownBy(loop::run).isInstanceOf(Killed.class);
        }
        // a kill can also tear the line being written
        Files.writeString(killed.resolve(Trajectory.FILE), "{\"type\":\"attem", java.nio.file.StandardOpenOption.APPEND);

        var second = new CountingJudge(c -> c.id().equals("c2") ? dev.perfagent.evaluators.Verdict.BUILD_FAILED : null);
        var proposer = new MarkingProposer(new Usage(100, 50, 0.01));
        RunResult resumed;
        Replay replay = Replay.of(Trajectory.read(killed));
        assertThat(replay.evaluations()).isEqualTo(5);
        try (Trajectory t = Trajectory.open(killed)) {
            resumed = new AgentLoop(task(), parts(proposer, Strategy.named("best-of-n", 2), second, budget(4, 20)), t, replay).run();
        }

        assertThat(second.calls.get()).as("evaluations redone or done anew").isEqualTo(allEvaluations - 5);
        assertThat(summaryWithoutWallTime(resumed)).isEqualTo(summaryWithoutWallTime(uninterrupted));
        // the proposals recorded before the kill were replayed, not asked for again
        assertThat(proposer.requests).hasSize(candidates - 6);
        // perfagent report re-derives the same summary from the trajectory alone
        Map<String, Object> rerendered = new java.util.LinkedHashMap<>(RunSummary.fromTrajectory("run", task(), Trajectory.read(killed)).toJson());
        rerendered.remove("wallSeconds");
        rerendered.put("model", "marking");
        rerendered.put("strategy", "best-of-n");
        assertThat(rerendered).isEqualTo(summaryWithoutWallTime(resumed));
        long attemptEvents = Trajectory.read(killed).all(TrajectoryEvent.Attempted.class).size();
        assertThat(attemptEvents).as("each attempt recorded once").isEqualTo(candidates);
    }
}
