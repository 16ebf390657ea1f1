package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each candidate's progress line says why it is not IMPROVED (issue 17: a NEUTRAL whose reason only summary.json had). */
class ProgressReasonTest {
    private static Attempt attempt(Optional<String> problem, Optional<Outcome> outcome) {
        return new Attempt(1, 1, 0, "c1", "original", "rules", "", Map.of(), Usage.NONE, problem, outcome);
    }

    private static String line(Attempt a) {
        StringWriter w = new StringWriter();
        Progress.lines(new PrintWriter(w, true)).attempted(a, Optional.empty());
        return w.toString().strip();
    }

    @Test
    void aNeutralSaysThatTooFewRunsFitTheBudget() {
        Outcome neutral = Outcome.of(Verdict.NEUTRAL, "only 5 run(s) per side fit the time budget, fewer than the 8 needed to decide: raise --budget to about 45s", "").withSpeedup(Optional.of(1.08), Optional.of(0.97), Optional.of(1.22));

        assertThat(line(attempt(Optional.empty(), Optional.of(neutral))))
                .isEqualTo("c1  NEUTRAL 1.08× [0.97×, 1.22×] — only 5 run(s) per side fit the time budget, fewer than the 8 needed to decide: raise --budget to about 45s");
    }

    @Test
    void anIncorrectNamesTheFailingTestAndAnUnreadableReplyItsProblem() {
        Outcome incorrect = Outcome.of(Verdict.INCORRECT, "tests/small.in: expected 42\ngot 41", "");

        assertThat(line(attempt(Optional.empty(), Optional.of(incorrect)))).isEqualTo("c1  INCORRECT — tests/small.in: expected 42 got 41");
        assertThat(line(attempt(Optional.of("no edits found in the reply"), Optional.empty()))).isEqualTo("c1  UNPARSED — no edits found in the reply");
    }

    @Test
    void anImprovedNeedsNoExcuse() {
        Outcome improved = Outcome.of(Verdict.IMPROVED, "lower bound 1.21× clears 1.05×", "").withSpeedup(Optional.of(1.34), Optional.of(1.21), Optional.of(1.48));

        assertThat(line(attempt(Optional.empty(), Optional.of(improved)))).isEqualTo("c1  IMPROVED 1.34× [1.21×, 1.48×]");
    }
}
