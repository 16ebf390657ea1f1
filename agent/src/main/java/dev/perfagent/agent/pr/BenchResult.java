package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.Speedup;

import java.util.Optional;

/**
 * What one benchmark showed: REGRESSED, NEUTRAL or IMPROVED with its measurement, or a failure of a side.
 *
 * @param verdict      REGRESSED / NEUTRAL / IMPROVED; CRASHED or TIMEOUT when the head failed the benchmark
 * @param reason       the verdict rule's one line (or what failed)
 * @param inconclusive for a NEUTRAL whose interval does not rule out a real change: why no verdict could be given
 *                     (interval too wide, time budget spent) — said instead of guessing
 * @param baseMedian   formatted median of the base's samples ("1.234 s", "12.50 ns/op"), empty when unmeasured
 */
record BenchResult(String name, Verdict verdict, String reason, Optional<String> inconclusive,
                   Optional<Measurement> measurement, String baseMedian, String headMedian) {

    static BenchResult measured(Benchmark b, Measurement m) {
        var d = m.decision();
        Optional<String> inconclusive = Optional.empty();
        double t = m.plan().threshold();
        if (d.verdict() == Verdict.NEUTRAL && !m.speedup().liesWithin(1 / t, t)) {
            inconclusive = Optional.of(d.reason() + "; measuring stopped: " + m.stopReason()
                    + (m.stopReason().contains("budget") || m.stopReason().contains("runs per side")
                    ? " (a longer --budget, or a quieter runner, may decide it)" : ""));
        }
        return new BenchResult(b.name(), d.verdict(), d.reason(), inconclusive, Optional.of(m),
                b.format(m.baseline().medianSeconds()), b.format(m.candidate().medianSeconds()));
    }

    static BenchResult failed(String name, Verdict verdict, String reason) {
        return new BenchResult(name, verdict, reason, Optional.empty(), Optional.empty(), "", "");
    }

    static BenchResult undecided(String name, String why) {
        return new BenchResult(name, Verdict.NEUTRAL, why, Optional.of(why), Optional.empty(), "", "");
    }

    Optional<Speedup> speedup() {
        return measurement.map(Measurement::speedup);
    }

    boolean regressed() {
        return verdict == Verdict.REGRESSED;
    }

    /** Fails the gate: slower, or the head breaks the benchmark. */
    boolean failsGate() {
        return verdict == Verdict.REGRESSED || verdict == Verdict.CRASHED || verdict == Verdict.TIMEOUT;
    }

    /** "REGRESSED", "IMPROVED", "NEUTRAL", "inconclusive", "CRASHED". */
    String label() {
        return inconclusive.isPresent() ? "inconclusive" : verdict.name();
    }
}
