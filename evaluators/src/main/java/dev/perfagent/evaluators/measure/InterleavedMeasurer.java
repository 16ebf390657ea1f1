package dev.perfagent.evaluators.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Times a baseline against a candidate: warm-ups of each, then blocks of one run of each in a seeded random order
 * (AB or BA, in mirrored pairs: ABBA or BAAB), re-estimating the speedup after every pair once
 * {@code plan.minSamples()} runs per side are in, until the interval decides the verdict, is narrow enough, or the
 * sample cap or time budget is reached. Measuring stops only between pairs, so every measurement has as many AB as
 * BA blocks.
 */
public final class InterleavedMeasurer {
    private final MeasurementPlan plan;
    private final LongSupplier nanoClock;
    private final boolean cpuCounted;
    private MeasureListener listener = MeasureListener.NONE;

    /** Timed by wall time. */
    public InterleavedMeasurer(MeasurementPlan plan) {
        this(plan, System::nanoTime, false);
    }

    /**
     * {@code cpuCounted}: the samples' CPU times are counted finely (a cgroup, not GNU time's 10 ms steps), so the
     * speedup is computed from CPU time wherever {@link Clock#choose} allows it.
     */
    public InterleavedMeasurer(MeasurementPlan plan, boolean cpuCounted) {
        this(plan, System::nanoTime, cpuCounted);
    }

    /** With a clock of its own, so the time budget can be tested without waiting for it. */
    public InterleavedMeasurer(MeasurementPlan plan, LongSupplier nanoClock) {
        this(plan, nanoClock, false);
    }

    public InterleavedMeasurer(MeasurementPlan plan, LongSupplier nanoClock, boolean cpuCounted) {
        this.plan = plan;
        this.nanoClock = nanoClock;
        this.cpuCounted = cpuCounted;
    }

    /** This measurer, telling {@code listener} how far it has got after every pair of blocks. */
    public InterleavedMeasurer listening(MeasureListener listener) {
        this.listener = listener;
        return this;
    }

    /** Runs both until a reason to stop; a failed run ends the measurement by propagating. */
    public Measurement measure(Trial baseline, Trial candidate) throws TrialFailedException {
        return measure(baseline, candidate, Optional.empty());
    }

    /**
     * As {@link #measure(Trial, Trial)}, with {@code sandboxCost}: a run of nothing in the same sandbox (as many
     * starts as one sample of the program makes), timed in every block beside the two sides. Its median is taken off
     * both sides' medians, inside the bootstrap so its own uncertainty is in the interval: the sandbox's start-up is
     * not the program's work, and counting it on both sides compresses the speedup of a short program towards 1.
     */
    public Measurement measure(Trial baseline, Trial candidate, Optional<Trial> sandboxCost) throws TrialFailedException {
        long start = nanoClock.getAsLong();
        List<Sample> warmA = new ArrayList<>();
        List<Sample> warmB = new ArrayList<>();
        List<Sample> warmE = new ArrayList<>();
        for (int i = 0; i < plan.warmups(); i++) {
            warmA.add(baseline.run());
            warmB.add(candidate.run());
            if (sandboxCost.isPresent()) warmE.add(sandboxCost.get().run());
        }
        List<Sample> a = new ArrayList<>();
        List<Sample> b = new ArrayList<>();
        List<Sample> e = new ArrayList<>();
        StringBuilder order = new StringBuilder();
        BlockOrder blocks = new BlockOrder(plan.seed());
        StoppingRule rule = new StoppingRule(plan);
        SpeedupBootstrap bootstrap = SpeedupBootstrap.of(plan);
        Speedup speedup = null;
        Clock clock = Clock.WALL;
        String reason;
        while (true) {
            Duration elapsed = since(start);
            Duration perBlock = elapsed.dividedBy(Math.max(1, plan.warmups() + a.size()));
            // blocks run in mirrored pairs and every look at the interval comes after a whole pair, so at each
            // point where measuring may stop both sides have run first equally often: an effect of going first
            // in a block (caches, frequency, the page cache) cancels instead of favouring one side
            // a pair starts when its first block fits the budget: stopping only between pairs may overrun the
            // budget by one block, rather than leave a measurement one block short of what fitted before
            Optional<String> limit = rule.beforePair(a.size(), elapsed, perBlock);
            if (limit.isPresent()) {
                reason = limit.get();
                break;
            }
            for (int half = 0; half < 2; half++) {
                // the empty run opens every block, so it takes nothing from either side's position
                if (sandboxCost.isPresent()) e.add(sandboxCost.get().run());
                if (blocks.nextBaselineFirst()) {
                    a.add(baseline.run());
                    b.add(candidate.run());
                    order.append("AB");
                } else {
                    b.add(candidate.run());
                    a.add(baseline.run());
                    order.append("BA");
                }
            }
            speedup = null;
            if (a.size() >= plan.minSamples()) {
                clock = clock(warmA, a, warmB, b);
                speedup = bootstrap.estimate(clock.seconds(a), clock.seconds(b), costs(clock, e));
                Optional<String> settled = rule.afterInterval(speedup, since(start));
                listener.measured(a.size(), plan.maxSamples(), Optional.of(speedup));
                if (settled.isPresent()) {
                    reason = settled.get();
                    break;
                }
            } else {
                listener.measured(a.size(), plan.maxSamples(), Optional.empty());
            }
        }
        if (speedup == null) {
            clock = clock(warmA, a, warmB, b);
            speedup = bootstrap.estimate(clock.seconds(a), clock.seconds(b), costs(clock, e));
        }
        if (clock == Clock.CPU) {
            // work turned into waiting (sleep, I/O) costs no CPU time: wall time that clearly disagrees overrules it,
            // and so does wall time that is clearly slower while CPU time is not clearly faster (a candidate that
            // waits longer is slower for its user, whatever its CPU time says)
            Speedup wall = bootstrap.estimate(Clock.WALL.seconds(a), Clock.WALL.seconds(b), costs(Clock.WALL, e));
            if (speedup.low() > 1 && wall.high() < 1 || speedup.high() < 1 && wall.low() > 1
                    || speedup.low() <= 1 && wall.high() < 1 / plan.threshold()) {
                clock = Clock.WALL;
                speedup = wall;
                reason = reason + "; wall time " + wall + " disagrees with CPU time, so wall time decides";
            }
        }
        double p = a.size() < 2 ? Double.NaN : MannWhitneyUTest.withDefaults().test(clock.seconds(a), clock.seconds(b)).getPValue();
        return new Measurement(new Runs(warmA, a), new Runs(warmB, b), order.toString(), clock, speedup, p,
                since(start), reason, plan, new Runs(warmE, e));
    }

    /** The empty runs' times by the clock, or null when there are none. */
    private static double[] costs(Clock clock, List<Sample> empty) {
        return empty.isEmpty() ? null : clock.seconds(empty);
    }

    /** The clock the runs so far allow, warm-ups included in the check for parallel work. */
    private Clock clock(List<Sample> warmA, List<Sample> a, List<Sample> warmB, List<Sample> b) {
        List<Sample> allA = new ArrayList<>(warmA);
        allA.addAll(a);
        List<Sample> allB = new ArrayList<>(warmB);
        allB.addAll(b);
        return Clock.choose(cpuCounted, allA, allB);
    }

    private Duration since(long start) {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }
}
