package dev.perfagent.agent.loop;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Speedup;
import dev.perfagent.evaluators.measure.VerdictRule;

import java.util.List;
import java.util.Optional;

/**
 * What a candidate adds over its parent. Every candidate is timed against the original; its gain over its parent is
 * derived from its own and its parent's measurement: the ratio of the two speedups, with an interval whose log
 * half-widths are the two measurements' combined in quadrature (they are independent). A "presize the buffer"
 * child of a 3.94× parent that measures 4.10× shows here as about 1.04× over its parent, NEUTRAL.
 *
 * @param parentId the parent it is compared with
 * @param speedup  child over parent, derived
 * @param verdict  that derived interval read by the default threshold
 */
public record LineageCredit(String parentId, Speedup speedup, Verdict verdict) {

    /** The credit of {@code a} over its parent, when both were measured and the parent is not the original. */
    public static Optional<LineageCredit> of(Attempt a, List<Attempt> attempts) {
        if (a.parentId().equals(Pick.ORIGINAL)) return Optional.empty();
        Optional<Attempt> parent = attempts.stream().filter(p -> p.id().equals(a.parentId())).findFirst();
        if (parent.isEmpty()) return Optional.empty();
        return over(a.outcome(), parent.get().outcome()).map(s -> new LineageCredit(a.parentId(), s, VerdictRule.decide(s).verdict()));
    }

    static Optional<Speedup> over(Optional<Outcome> child, Optional<Outcome> parent) {
        if (child.isEmpty() || parent.isEmpty()) return Optional.empty();
        Outcome c = child.get();
        Outcome p = parent.get();
        if (c.speedup().isEmpty() || p.speedup().isEmpty() || c.low().isEmpty() || p.low().isEmpty()
                || c.high().isEmpty() || p.high().isEmpty()) {
            return Optional.empty();
        }
        double lc = Math.log(c.speedup().get());
        double lp = Math.log(p.speedup().get());
        double cDown = lc - Math.log(c.low().get());
        double cUp = Math.log(c.high().get()) - lc;
        double pDown = lp - Math.log(p.low().get());
        double pUp = Math.log(p.high().get()) - lp;
        if (!Double.isFinite(cDown + cUp + pDown + pUp)) return Optional.empty();
        double r = lc - lp;
        return Optional.of(new Speedup(Math.exp(r), Math.exp(r - Math.hypot(cDown, pUp)), Math.exp(r + Math.hypot(cUp, pDown))));
    }

    /** "over its parent c2: 1.04× [0.97×, 1.11×], NEUTRAL (derived from both measurements against the original)". */
    public String describe() {
        return "over its parent " + parentId + ": " + speedup + ", " + verdict + " (derived from both measurements against the original)";
    }
}
