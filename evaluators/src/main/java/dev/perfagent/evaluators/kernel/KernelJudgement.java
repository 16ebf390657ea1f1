package dev.perfagent.evaluators.kernel;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Clock;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.measure.Runs;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Speedup;
import dev.perfagent.evaluators.measure.SpeedupBootstrap;
import dev.perfagent.evaluators.measure.VerdictRule;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a harness result means for the candidate: the verdict from its status and trials, and from its per-call
 * times the speedup with its bootstrap interval under the same verdict rule as every other task. A result that says
 * the machine cannot run kernels (no GPU, no torch) or that the task itself is broken is not a verdict: it is
 * {@link #setupProblem}, for the user to fix.
 */
public record KernelJudgement(Optional<String> setupProblem, Verdict verdict, String reason, Optional<Measurement> measurement) {

    public static KernelJudgement of(HarnessResult r, MeasurementPlan plan) {
        return switch (r.status()) {
            case "no_gpu", "no_torch" -> setup(r.message());
            case "bad_task" -> setup("the task's reference is broken: " + r.message());
            case "build_failed" -> early(Verdict.BUILD_FAILED, "does not build: " + firstLine(r.message()));
            case "tampered" -> early(Verdict.REJECTED, r.message());
            case "error" -> early(Verdict.CRASHED, "raised " + firstLine(r.message()));
            case "incorrect" -> early(Verdict.INCORRECT, incorrect(r));
            case "ok" -> measured(r, plan);
            default -> early(Verdict.CRASHED, "the harness reported an unknown status '" + r.status() + "'");
        };
    }

    /** "trial 2 of 5: max abs error 3.1e-01 (atol = rtol = 1e-04): values differ beyond atol=rtol=0.0001". */
    static String incorrect(HarnessResult r) {
        Optional<HarnessResult.Trial> t = r.firstFailure();
        if (t.isEmpty()) return "the harness said incorrect without a failing trial: " + r.message();
        HarnessResult.Trial f = t.get();
        return String.format(Locale.ROOT, "trial %d: max abs error %s (atol = rtol = %.0e)%s", f.trial() + 1, error(f.maxAbsErr()),
                f.tolerance(), f.message().isBlank() ? "" : ": " + f.message());
    }

    private static KernelJudgement measured(HarnessResult r, MeasurementPlan plan) {
        if (r.timing().isEmpty()) return early(Verdict.CRASHED, "the harness passed the trials but reported no timings");
        HarnessResult.Timing t = r.timing().get();
        if (t.referenceMs().size() < 2) return early(Verdict.CRASHED, "the harness reported fewer than 2 timed calls a side");
        Measurement m = measurement(t.referenceMs(), t.candidateMs(), t.order(), plan);
        VerdictRule.Decision d = m.decision();
        return new KernelJudgement(Optional.empty(), d.verdict(), d.reason() + " (CUDA events, " + t.referenceMs().size()
                + " interleaved calls a side" + (r.device().isBlank() ? "" : ", " + r.device()) + ")", Optional.of(m));
    }

    /** A measurement from paired per-call times (reference[i] and candidate[i] ran next to each other). */
    public static Measurement measurement(List<Double> referenceMs, List<Double> candidateMs, String order, MeasurementPlan plan) {
        double[] a = referenceMs.stream().mapToDouble(x -> x / 1000).toArray();
        double[] b = candidateMs.stream().mapToDouble(x -> x / 1000).toArray();
        Speedup s = SpeedupBootstrap.of(plan).estimate(a, b);
        double p = org.apache.commons.statistics.inference.MannWhitneyUTest.withDefaults().test(a, b).getPValue();
        double total = referenceMs.stream().mapToDouble(Double::doubleValue).sum() + candidateMs.stream().mapToDouble(Double::doubleValue).sum();
        // the harness decides how many calls are timed, so the plan's sample bounds are its own count here
        MeasurementPlan used = plan.withMinSamples(Math.min(plan.minSamples(), a.length)).withMaxSamples(Math.max(a.length, 2));
        // CUDA-event times are GPU time: the "wall" clock of a kernel, there is no CPU time to prefer
        return new Measurement(new Runs(List.of(), samples(a)), new Runs(List.of(), samples(b)), order, Clock.WALL, s, p,
                Duration.ofNanos((long) (total * 1e6)), "the harness timed " + a.length + " calls a side", used,
                new Runs(List.of(), List.of())); // CUDA events time the kernel alone: no sandbox cost to subtract
    }

    /** A plausibility flag to add to the reason: a speedup this large is re-verified before it is believed. */
    public static boolean implausible(KernelJudgement j, double bound) {
        return j.verdict() == Verdict.IMPROVED && j.measurement().map(m -> m.speedup().ratio() > bound).orElse(false);
    }

    public KernelJudgement withReason(String more) {
        return new KernelJudgement(setupProblem, verdict, reason + more, measurement);
    }

    static String error(double e) {
        if (Double.isNaN(e)) return "NaN";
        if (Double.isInfinite(e)) return "∞";
        return String.format(Locale.ROOT, "%.3g", e);
    }

    private static List<Sample> samples(double[] seconds) {
        return java.util.Arrays.stream(seconds).mapToObj(s -> new Sample(s, 0, 0)).toList();
    }

    private static KernelJudgement setup(String why) {
        return new KernelJudgement(Optional.of(why), Verdict.CRASHED, why, Optional.empty());
    }

    private static KernelJudgement early(Verdict v, String why) {
        return new KernelJudgement(Optional.empty(), v, why, Optional.empty());
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.lastIndexOf('\n');
        // a Python traceback's last line is the exception; the C++ harness writes one line
        return nl < 0 ? t : t.substring(nl + 1);
    }
}
