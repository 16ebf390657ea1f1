package dev.perfagent.agent.report;

import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Confirmation;
import dev.perfagent.agent.loop.Outcome;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** report.md, the headline and summary.json say which clock decided each timed verdict, with the wall ratio beside it. */
class ReportClockTest {
    private static Attempt attempt(int i, Outcome o) {
        return new Attempt(i, 1, 0, "c" + i, "original", "rules", "change " + i, Map.of(), Usage.NONE, Optional.empty(), Optional.of(o));
    }

    private static final Outcome CPU = Outcome.of(Verdict.IMPROVED, "lower bound 1.71× clears the 1.05× threshold", "")
            .withSpeedup(Optional.of(1.83), Optional.of(1.71), Optional.of(1.95)).withClock("CPU time", 1.79);
    private static final Outcome WALL = Outcome.of(Verdict.NEUTRAL, "interval [0.97×, 1.09×] straddles the 1.05× threshold", "")
            .withSpeedup(Optional.of(1.03), Optional.of(0.97), Optional.of(1.09)).withClock("wall time", 1.03);
    private static final Outcome INCORRECT = Outcome.of(Verdict.INCORRECT, "on input tests/1.in", "");

    private static RunSummary summary() {
        List<Attempt> attempts = List.of(attempt(1, CPU), attempt(2, WALL), attempt(3, INCORRECT));
        Outcome confirmed = Outcome.of(Verdict.IMPROVED, "", "").withSpeedup(Optional.of(1.80), Optional.of(1.66), Optional.of(1.97))
                .withClock("CPU time", 1.77);
        return new RunSummary("r1", "py-demo", "rules", "refine", "round budget spent", false, 1, 3, 0, 0, 0, 12.5,
                attempts, Optional.of(attempts.get(0)), "", Optional.of(new Confirmation("c1", "f", confirmed)));
    }

    @Test
    void reportMdHasAClockColumnWithTheWallRatioBesideACpuVerdict() {
        String md = RunReport.markdown(summary());
        assertThat(md).contains("| verdict | clock | over parent |");
        assertThat(md).contains("| IMPROVED 1.83× [1.71×, 1.95×]; confirmed: IMPROVED 1.80× [1.66×, 1.97×] (98% interval, independent re-measurement)"
                + " | CPU time; wall 1.79× |");
        assertThat(md).contains("| NEUTRAL 1.03× [0.97×, 1.09×] | wall time |");
        assertThat(md).contains("| INCORRECT |  |");
        assertThat(md).contains("which time decided");
    }

    @Test
    void theHeadlineSaysTheClockOfTheScreeningAndOfTheConfirmation() {
        assertThat(RunReport.headline(summary())).isEqualTo("best: c1 (change 1) IMPROVED 1.83× [1.71×, 1.95×] (CPU time; wall 1.79×); "
                + "confirmed: IMPROVED 1.80× [1.66×, 1.97×] (98% interval, independent re-measurement) (CPU time; wall 1.77×)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void summaryJsonCarriesTheClockAndTheWallSpeedup() {
        Map<String, Object> json = summary().toJson();
        Map<String, Object> best = (Map<String, Object>) json.get("best");
        assertThat(best).containsEntry("clock", "cpu").containsEntry("wallSpeedup", 1.79);
        assertThat((Map<String, Object>) best.get("confirmation")).containsEntry("clock", "cpu").containsEntry("wallSpeedup", 1.77);
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) json.get("attempts");
        assertThat(attempts.get(1)).containsEntry("clock", "wall").containsEntry("wallSpeedup", 1.03);
        assertThat(attempts.get(2)).doesNotContainKeys("clock", "wallSpeedup");
    }

    @Test
    void aTrajectoryWrittenBeforeTheClockWasRecordedStillReads() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());
        Outcome old = json.readValue("{\"verdict\":\"NEUTRAL\",\"reason\":\"r\",\"speedup\":1.0,\"low\":0.9,\"high\":1.1,\"feedback\":\"\"}", Outcome.class);
        assertThat(old.clock()).isEmpty();
        assertThat(old.clockNote()).isEmpty();
        assertThat(json.readValue(json.writeValueAsString(CPU), Outcome.class)).isEqualTo(CPU);
    }
}
