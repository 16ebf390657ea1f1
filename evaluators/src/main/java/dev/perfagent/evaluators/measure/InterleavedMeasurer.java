package dev.perfagent.evaluators.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Times a baseline against a candidate: warm-ups of each, then blocks of one run of each in a seeded random order
 * (AB or BA, in mirrored pairs), re-estimating the speedup after every block once {@code plan.minSamples()} runs per
 * side are in, until the interval decides the verdict, is narrow enough, or the sample cap or time budget is reached.
 */
public final class InterleavedMeasurer {
    private final MeasurementPlan plan;
    private final LongSupplier nanoClock;

    public InterleavedMeasurer(MeasurementPlan plan) {
        this(plan, System::nanoTime);
    }

    /** With a clock of its own, so the time budget can be tested without waiting for it. */
    public InterleavedMeasurer(MeasurementPlan plan, LongSupplier nanoClock) {
        this.plan = plan;
        this.nanoClock = nanoClock;
    }

    /** Runs both until a reason to stop; a failed run ends the measurement by propagating. */
    public Measurement measure(Trial baseline, Trial candidate) throws TrialFailedException {
        long start = nanoClock.getAsLong();
        List<Sample> warmA = new ArrayList<>();
        List<Sample> warmB = new ArrayList<>();
        for (int i = 0; i < plan.warmups(); i++) {
            warmA.add(baseline.run());
            warmB.add(candidate.run());
        }
        List<Sample> a = new ArrayList<>();
        List<Sample> b = new ArrayList<>();
        StringBuilder order = new StringBuilder();
        BlockOrder blocks = new BlockOrder(plan.seed());
        StoppingRule rule = new StoppingRule(plan);
        SpeedupBootstrap bootstrap = SpeedupBootstrap.of(plan);
        Speedup speedup = null;
        String reason;
        while (true) {
            Duration elapsed = since(start);
            Duration perBlock = elapsed.dividedBy(Math.max(1, plan.warmups() + a.size()));
            Optional<String> limit = rule.beforeBlock(a.size(), elapsed, perBlock);
            if (limit.isPresent()) {
                reason = limit.get();
                break;
            }
            if (blocks.nextBaselineFirst()) {
                a.add(baseline.run());
                b.add(candidate.run());
                order.append("AB");
            } else {
                b.add(candidate.run());
                a.add(baseline.run());
                order.append("BA");
            }
            speedup = null;
            if (a.size() >= plan.minSamples()) {
                speedup = bootstrap.estimate(seconds(a), seconds(b));
                Optional<String> settled = rule.afterInterval(speedup);
                if (settled.isPresent()) {
                    reason = settled.get();
                    break;
                }
            }
        }
        if (speedup == null) {
            speedup = bootstrap.estimate(seconds(a), seconds(b));
        }
        double p = a.size() < 2 ? Double.NaN : MannWhitneyUTest.withDefaults().test(seconds(a), seconds(b)).getPValue();
        return new Measurement(new Runs(warmA, a), new Runs(warmB, b), order.toString(), speedup, p,
                since(start), reason, plan);
    }

    private Duration since(long start) {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    private static double[] seconds(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::seconds).toArray();
    }
}
