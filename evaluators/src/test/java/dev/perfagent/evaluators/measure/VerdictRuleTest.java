package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictRuleTest {
    @Test
    void improvedOnlyWhenTheLowerBoundClearsTheThreshold() {
        assertThat(VerdictRule.decide(new Speedup(1.3, 1.06, 1.5), 1.05).verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(VerdictRule.decide(new Speedup(1.3, 1.04, 1.5), 1.05).verdict()).isEqualTo(Verdict.NEUTRAL);
        assertThat(VerdictRule.decide(new Speedup(1.3, 1.04, 1.5), 1.05).reason()).isNotBlank();
    }

    @Test
    void regressedOnlyWhenTheUpperBoundFallsBelowItsInverse() {
        assertThat(VerdictRule.decide(new Speedup(0.8, 0.7, 0.94), 1.05).verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(VerdictRule.decide(new Speedup(0.8, 0.7, 0.96), 1.05).verdict()).isEqualTo(Verdict.NEUTRAL);
    }
}
