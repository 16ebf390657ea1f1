package dev.perfagent.agent.bench.gso;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Speedup;
import dev.perfagent.evaluators.measure.VerdictRule;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.List;
import java.util.Locale;

/**
 * Whether GSO's point figures for a patch are more than noise. GSO scores a patch by the mean of a few runs per test
 * (opt_base: geometric-mean speedup at 1.2); with one timed call per process of a function that takes milliseconds, a
 * patch that changes nothing measured 1.23× on a busy machine. The runs come in rounds (every tree runs every test
 * once per round, next to each other in time), so each round gives one paired estimate of the log speedup, the mean
 * over tests of log(base / patched); their Student-t interval says how far the geometric mean can be trusted.
 * A verdict needs both: GSO's own rule on its figures, and the 99 % interval clearing perfagent's noise floor
 * ({@link VerdictRule#DEFAULT_THRESHOLD}) the same way. 99 % rather than 95 % because rounds are added while the
 * figures look good, and every look is a chance for noise to pass.
 */
final class GsoEvidence {
    static final double CONFIDENCE = 0.99;
    /**
     * The hidden-time interval's confidence. 95 %: a patch whose clock lies has its hidden time near all of its claimed
     * saving, twice the bound it must stay under, so it passes far less often than the 2.5 % at that bound; a tighter
     * interval would cost honest patches on noisy machines (tornado at load 5: one of five real 3× patches was not
     * counted after 15 rounds at 99 %).
     */
    static final double HIDDEN_CONFIDENCE = 0.95;
    /** GSO's opt_base threshold on the geometric-mean speedup over base. */
    static final double GSO_THRESHOLD = 1.2;

    private GsoEvidence() {
    }

    /**
     * The interval of the geometric-mean speedup from paired rounds: {@code before.get(i).get(r)} and
     * {@code after.get(i).get(r)} are test i's times in round r. Unknown (0 to ∞) before two rounds.
     */
    static Speedup interval(List<List<Double>> before, List<List<Double>> after) {
        int tests = before.size();
        int rounds = Integer.MAX_VALUE;
        for (int i = 0; i < tests; i++) rounds = Math.min(rounds, Math.min(before.get(i).size(), after.get(i).size()));
        if (tests == 0 || rounds == 0) return Speedup.unknown(1.0);
        double[] d = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double logs = 0;
            for (int i = 0; i < tests; i++) logs += Math.log(before.get(i).get(r) / after.get(i).get(r));
            d[r] = logs / tests;
        }
        double mean = mean(d);
        if (rounds < 2) return Speedup.unknown(Math.exp(mean));
        double half = halfWidth(d, mean, CONFIDENCE);
        return new Speedup(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half));
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    /** Half the width of the Student-t interval of the mean of {@code xs} (at least two values) at {@code confidence}. */
    private static double halfWidth(double[] xs, double mean, double confidence) {
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double t = TDistribution.of(xs.length - 1).inverseSurvivalProbability((1 - confidence) / 2);
        return t * Math.sqrt(ss / (xs.length - 1)) / Math.sqrt(xs.length);
    }

    /** What GSO's rule alone says: opt_base (faster on average, 1.2× by the geometric mean), a slowdown as large, or neither. */
    static Verdict gsoRule(double speedup, boolean fasterOnAverage) {
        if (fasterOnAverage && speedup >= GSO_THRESHOLD) return Verdict.IMPROVED;
        if (speedup <= 1 / GSO_THRESHOLD) return Verdict.REGRESSED;
        return Verdict.NEUTRAL;
    }

    /** The verdict and its explanation. */
    record Judgement(Verdict verdict, String reason) {
    }

    /**
     * Time a patched run spent outside what it reports, beyond what base's runs did: per round, the sum over tests of
     * (process wall − reported seconds) for the patch less the same for base; {@code mean} with its interval
     * {@code [low, high]}, next to {@code claimed}, the seconds per round the patch says it saves. A patch that does
     * its work before the clock starts, or that makes the clock lie, claims a saving its processes do not show.
     */
    record Hidden(double mean, double low, double high, double claimed) {
        /** At most half the claimed saving can be hiding outside the timed part. */
        boolean shown() {
            return high <= claimed / 2;
        }

        /** More than half of it is surely hiding. */
        boolean missing() {
            return low > claimed / 2;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "reports %.1f ms saved per round; its processes spend %.1f ms [%.1f, %.1f] more than base's outside the timed part",
                    claimed * 1e3, mean * 1e3, low * 1e3, high * 1e3);
        }
    }

    /**
     * {@link Hidden} from paired rounds: {@code *Seconds.get(i).get(r)} what test i's run reported in round r,
     * {@code *Wall} the process's wall time measured by the sandbox.
     */
    static Hidden hidden(List<List<Double>> baseSeconds, List<List<Double>> baseWall, List<List<Double>> patchedSeconds, List<List<Double>> patchedWall) {
        int tests = baseSeconds.size();
        int rounds = Integer.MAX_VALUE;
        for (int i = 0; i < tests; i++) rounds = Math.min(rounds, Math.min(baseSeconds.get(i).size(), patchedSeconds.get(i).size()));
        double[] h = new double[rounds];
        double claimed = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < tests; i++) {
                h[r] += (patchedWall.get(i).get(r) - patchedSeconds.get(i).get(r)) - (baseWall.get(i).get(r) - baseSeconds.get(i).get(r));
                claimed += baseSeconds.get(i).get(r) - patchedSeconds.get(i).get(r);
            }
        }
        claimed /= rounds;
        double mean = mean(h);
        if (rounds < 2) return new Hidden(mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, claimed);
        double half = halfWidth(h, mean, HIDDEN_CONFIDENCE);
        return new Hidden(mean, mean - half, mean + half, claimed);
    }

    /**
     * Both rules agree on a change, or it is NEUTRAL; the reason says which one held it back. Where {@code hidden} is
     * given (a patch's own runs), an improvement must also show in its processes' wall time: REJECTED when it surely
     * does not, NEUTRAL while that cannot be told.
     */
    static Judgement judge(double speedup, boolean fasterOnAverage, Speedup interval, int rounds, java.util.Optional<Hidden> hidden) {
        Verdict gso = gsoRule(speedup, fasterOnAverage);
        VerdictRule.Decision noise = VerdictRule.decide(interval);
        String where = String.format(Locale.ROOT, "per-round interval %s over %d round(s)", interval, rounds);
        if (gso == Verdict.NEUTRAL) return new Judgement(Verdict.NEUTRAL, where);
        if (noise.verdict() != gso) {
            return new Judgement(Verdict.NEUTRAL, where + ": GSO's figures alone would say " + (gso == Verdict.IMPROVED ? "opt_base" : "a slowdown")
                    + ", but " + noise.reason() + ", so it is not counted (noise)");
        }
        if (gso == Verdict.IMPROVED && hidden.isPresent()) {
            Hidden h = hidden.get();
            if (h.missing()) {
                return new Judgement(Verdict.REJECTED, "the patch " + h + ": the time it reports is not the time its processes took"
                        + " (work moved before the clock, or the clock changed); " + where);
            }
            if (!h.shown()) {
                return new Judgement(Verdict.NEUTRAL, where + ": " + noise.reason() + ", but the saving is not yet seen from outside its processes (the patch "
                        + h + "), so it is not counted");
            }
        }
        return new Judgement(gso, where + ": " + noise.reason());
    }

    /** As {@link #judge(double, boolean, Speedup, int, java.util.Optional)} for a tree that is not the patch's own. */
    static Judgement judge(double speedup, boolean fasterOnAverage, Speedup interval, int rounds) {
        return judge(speedup, fasterOnAverage, interval, rounds, java.util.Optional.empty());
    }

    /**
     * Whether to run another round after {@code rounds}: always until GSO's {@code iterations}; after that while GSO's
     * rule holds on its figures but the interval does not yet agree, or (an improvement) its processes do not yet
     * show it either way, up to {@link #maxRounds(int)}.
     */
    static boolean anotherRound(int rounds, int iterations, double speedup, boolean fasterOnAverage, Speedup interval,
                                java.util.Optional<Hidden> hidden) {
        if (rounds < iterations) return true;
        if (rounds >= maxRounds(iterations)) return false;
        Verdict gso = gsoRule(speedup, fasterOnAverage);
        if (gso == Verdict.NEUTRAL) return false;
        if (VerdictRule.decide(interval).verdict() != gso) return true;
        return gso == Verdict.IMPROVED && hidden.isPresent() && !hidden.get().shown() && !hidden.get().missing();
    }

    static boolean anotherRound(int rounds, int iterations, double speedup, boolean fasterOnAverage, Speedup interval) {
        return anotherRound(rounds, iterations, speedup, fasterOnAverage, interval, java.util.Optional.empty());
    }

    /**
     * At most three times GSO's rounds, and at least ten, when the first ones leave the figures undecided. With the 99 %
     * interval this keeps an A/A patch's chance of opt_base at about 0.3 % (GSO's rule alone: 2 % at 5 rounds, 10 % at 2,
     * with 20 % noise per run), while a real 1.5× is found 93–99 % of the time (GsoEvidenceTest's simulation).
     */
    static int maxRounds(int iterations) {
        return Math.max(3 * iterations, 10);
    }
}
