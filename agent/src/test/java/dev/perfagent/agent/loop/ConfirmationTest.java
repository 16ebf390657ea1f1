package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;
import dev.perfagent.agent.report.RunReport;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Only a best candidate that an independent measurement confirms is the run's result; lineage credit is shown. */
class ConfirmationTest {
    @TempDir
    Path runDir;

    /** Screens as the counting judge does; confirms with the verdict given. */
    static final class ConfirmingJudge implements CandidateJudge {
        final CountingJudge screening = new CountingJudge(c -> null);
        final Verdict confirmation;
        final List<String> confirmed = new ArrayList<>();

        ConfirmingJudge(Verdict confirmation) {
            this.confirmation = confirmation;
        }

        @Override
        public Judged judge(Task task, Candidate c) {
            return screening.judge(task, c);
        }

        @Override
        public Judged confirm(Task task, Candidate c) {
            confirmed.add(c.id());
            Outcome o = Outcome.of(confirmation, "confirming", "x").withSpeedup(Optional.of(1.02), Optional.of(0.97), Optional.of(1.08));
            if (confirmation == Verdict.IMPROVED) o = Outcome.of(confirmation, "confirming", "x").withSpeedup(Optional.of(3.1), Optional.of(2.9), Optional.of(3.3));
            return new Judged(o, Map.of("verdict", confirmation.name()));
        }
    }

    private RunResult run(ConfirmingJudge judge) throws Exception {
        try (Trajectory t = Trajectory.open(runDir)) {
            return new AgentLoop(task(), parts(new MarkingProposer(Usage.NONE), Strategy.named("refine", 1), judge, budget(3, 10)),
                    t, Replay.none()).run();
        }
    }

    @Test
    void aBestThatTheConfirmationDoesNotHoldUpIsNotTheResult() throws Exception {
        ConfirmingJudge judge = new ConfirmingJudge(Verdict.NEUTRAL);
        RunResult r = run(judge);
        assertThat(r.attempts()).filteredOn(Attempt::improved).hasSize(3);
        assertThat(judge.confirmed).containsExactly("c3");
        assertThat(r.best()).isEmpty();
        assertThat(r.confirmation()).get().extracting(Confirmation::confirmed).isEqualTo(false);

        RunSummary s = RunSummary.of("run", task(), "marking", "refine", r);
        assertThat(RunReport.headline(s)).startsWith("no confirmed improvement in 3 candidate(s)").contains("c3")
                .contains("not confirmed: NEUTRAL 1.02×");
        assertThat(s.toJson()).doesNotContainKey("best").containsKey("notConfirmed");
        assertThat(s.bestPatch()).isEmpty();
        // perfagent report reads the same from the trajectory alone
        RunSummary again = RunSummary.fromTrajectory("run", task(), Trajectory.read(runDir));
        assertThat(again.best()).isEmpty();
        assertThat(again.confirmation()).isPresent();
    }

    @Test
    void aConfirmedBestIsTheResultAndTheReportShowsBothIntervals() throws Exception {
        RunResult r = run(new ConfirmingJudge(Verdict.IMPROVED));
        assertThat(r.best()).get().extracting(Attempt::id).isEqualTo("c3");
        RunSummary s = RunSummary.of("run", task(), "marking", "refine", r);
        assertThat(RunReport.headline(s)).contains("IMPROVED 3.38× [3.04×, 3.71×]").contains("confirmed: IMPROVED 3.10× [2.90×, 3.30×]");
        @SuppressWarnings("unchecked")
        Map<String, Object> best = (Map<String, Object>) s.toJson().get("best");
        assertThat(best).containsKey("confirmation").containsEntry("ciLow", 3.375 * 0.9);
    }

    @Test
    void everyChildShowsWhatItAddsOverItsParentAndTheModelIsToldWhatItWasMeasuredAgainst() throws Exception {
        RunResult r = run(new ConfirmingJudge(Verdict.IMPROVED));
        Attempt c2 = r.attempts().get(1);
        assertThat(c2.parentId()).isEqualTo("c1");
        Optional<LineageCredit> credit = LineageCredit.of(c2, r.attempts());
        assertThat(credit).isPresent();
        assertThat(credit.get().speedup().ratio()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c2.outcome().orElseThrow().feedback()).contains("Over its parent c1 (derived from both measurements against the original): 1.50×");
        assertThat(LineageCredit.of(r.attempts().get(0), r.attempts())).as("the first is measured against the original itself").isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) RunSummary.of("run", task(), "m", "refine", r).toJson().get("attempts");
        assertThat(attempts.get(1)).containsKey("overParent");
    }

    @Test
    void aNoOpChildOfAGoodParentGetsNoCreditOverIt() {
        Outcome parent = Outcome.of(Verdict.IMPROVED, "", "").withSpeedup(Optional.of(3.94), Optional.of(3.70), Optional.of(4.20));
        Outcome child = Outcome.of(Verdict.IMPROVED, "", "").withSpeedup(Optional.of(4.10), Optional.of(3.85), Optional.of(4.35));
        var over = LineageCredit.over(Optional.of(child), Optional.of(parent)).orElseThrow();
        assertThat(over.ratio()).isCloseTo(4.10 / 3.94, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(dev.perfagent.evaluators.measure.VerdictRule.decide(over).verdict()).isEqualTo(Verdict.NEUTRAL);
    }
}
