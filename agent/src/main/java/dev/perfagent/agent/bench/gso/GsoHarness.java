package dev.perfagent.agent.bench.gso;

import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Speedup;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * Evaluates one patch on one GSO instance as GSO's harness does, and with the care GSO does not take. Three trees at
 * base_commit — base, expert (gt_diff) and patched — each in its own workspace; every performance test runs
 * {@code iterations} times per tree, one process per run, the trees interleaved run by run (after the first round,
 * which tree goes first rotates). A test's time is the mean over its runs of the seconds {@code run_test} returns
 * (GSO's in-process figure, the primary one); the wall time of each process is kept too. Scores as GSO computes them:
 * the speedup over base is the geometric mean over tests; opt_base needs it at 1.2 and the patch faster on average;
 * against the expert, the harmonic mean over tests of time(expert) / time(patched).
 * <p>
 * What GSO trusts and this harness does not:
 * <ul>
 *   <li>Noise. GSO's rule is necessary but not enough: the rounds' paired estimates must put the speedup clear of the
 *   noise floor ({@link GsoEvidence}); while GSO's figures pass its rule and the interval does not yet agree, more
 *   rounds are run (up to three times GSO's, at least ten), and a patch never confirmed is NEUTRAL, its reason saying so.</li>
 *   <li>The patched process. It runs the patch's code, so what it says about itself proves nothing. Its outputs are
 *   checked outside it: it stores them into an empty folder, never seeing base's, and the base tree's code compares
 *   them ({@link GsoDriver} {@code compare}; a test whose check needs the live result is checked inside, as GSO does,
 *   and the reason says so). The time it reports must show in its process's wall time, measured by the sandbox
 *   ({@link GsoEvidence.Hidden}): work moved before the clock, or a clock made to lie, is REJECTED or not counted.</li>
 *   <li>The workspace. The run may write its outputs, and nothing else: a run that changes any other file of its
 *   workspace (a cache for the next run, the driver, the tests) is REJECTED ({@link GsoSeal}); the driver and tests
 *   are written afresh after the install commands.</li>
 * </ul>
 * A patch that is empty, or whose tree holds exactly the expert's files (the gt_diff, or any patch that makes the same
 * change), is the same program as that tree: its runs are that tree's runs rather than a second, noisier measurement
 * of the same code (ratio exactly 1).
 */
public final class GsoHarness {
    public static final int GSO_ITERATIONS = 5;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Duration TEST_LIMIT = Duration.ofSeconds(300);
    /** The most a patched run may store as its outputs to be checked. */
    private static final long MAX_OUTPUT_BYTES = 512L << 20;

    /** Where an attempt's time went, for docs/benchmarks.md and the progress output. */
    public record Costs(Duration checkout, Duration setup, Duration build, Duration tests, Duration timing) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "checkout %.2f s, setup %.2f s, build %.2f s, tests %.2f s, timing %.2f s",
                    s(checkout), s(setup), s(build), s(tests), s(timing));
        }

        private static double s(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    /**
     * @param speedup          GSO's speedup over base: geometric mean over tests of the in-process times
     * @param versusExpert     GSO's harmonic mean over tests of time(expert) / time(patched), when the expert ran
     * @param expertSpeedup    the expert's speedup over base (geometric mean), when it ran
     * @param perProcess       the same geometric mean by the wall time of whole processes (start-up and setup included)
     */
    public record Result(Verdict verdict, String reason, OptionalDouble speedup, OptionalDouble versusExpert,
                         OptionalDouble expertSpeedup, OptionalDouble perProcess, Costs costs) {
        /** GSO opt_base: faster on average and at least 1.2× by the geometric mean. */
        public boolean optBase() {
            return verdict == Verdict.IMPROVED;
        }
    }

    /** The sandbox an instance runs in (its own image under --sandbox container). */
    public interface Sandboxes {
        Sandbox forInstance(GsoInstance instance) throws TaskSetupException;
    }

    private final Sandboxes sandboxes;
    private final ReadWriteLock phases;
    private final int iterations;

    public GsoHarness(Sandbox sandbox, ReadWriteLock phases, int iterations) {
        this(i -> sandbox, phases, iterations);
    }

    public GsoHarness(Sandboxes sandboxes, ReadWriteLock phases, int iterations) {
        this.sandboxes = sandboxes;
        this.phases = phases;
        this.iterations = iterations;
    }

    /** One run of one test on one tree: the test's own seconds and the process's wall seconds. */
    private record Run(double seconds, double wall) {
    }

    private static final class Failed extends Exception {
        final Verdict verdict;

        Failed(Verdict verdict, String message) {
            super(message);
            this.verdict = verdict;
        }
    }

    /** @throws TaskSetupException when the base tree cannot be set up or its tests fail: the instance, not the patch, is broken */
    public Result evaluate(GsoInstance instance, String patch) throws TaskSetupException {
        // started before the clock: a container's start is paid once per image and run, not by this attempt's checkout
        Sandbox sandbox = sandboxes.forInstance(instance);
        long t0 = System.nanoTime();
        List<String> tests = instance.tests();
        try (GsoTree base = new GsoTree(sandbox, "base", tests);
             GsoTree expert = new GsoTree(sandbox, "expert", tests);
             GsoTree patched = new GsoTree(sandbox, "patched", tests)) {
            for (GsoTree t : List.of(base, expert, patched)) t.checkout(instance.repository(), instance.baseCommit());
            long t1 = System.nanoTime();
            StringBuilder problem = new StringBuilder();
            for (GsoTree t : List.of(base, expert, patched)) {
                Optional<String> bad = t.run(instance.setupCommands(), Duration.ofMinutes(10));
                if (bad.isPresent()) throw new TaskSetupException(instance.id() + ": the setup commands fail in the " + sandbox.name()
                        + " sandbox (no network): " + bad.get() + "; use the instance's image (--sandbox container)");
            }
            boolean expertReady = expert.apply(instance.gtDiff(), instance.repository(), instance.baseCommit(), problem).isPresent();
            String expertProblem = expertReady ? "" : "the expert's gt_diff does not apply (" + problem + ")";
            Optional<String> how = patched.apply(patch, instance.repository(), instance.baseCommit(), problem);
            long t2 = System.nanoTime();
            Optional<String> installBase = base.run(instance.installCommands(), Duration.ofMinutes(30));
            if (installBase.isPresent()) throw new TaskSetupException(instance.id() + ": the install commands fail on base_commit in the "
                    + sandbox.name() + " sandbox (no network): " + installBase.get() + "; use the instance's image (--sandbox container)");
            if (expertReady) {
                Optional<String> bad = expert.run(instance.installCommands(), Duration.ofMinutes(30));
                if (bad.isPresent()) {
                    expertReady = false;
                    expertProblem = "the expert does not build: " + bad.get();
                }
            }
            if (how.isEmpty()) {
                return early(Verdict.BUILD_FAILED, "the patch does not apply (git apply, --ignore-space-change, --reject, patch --fuzz=5): " + problem,
                        t0, t1, t2, System.nanoTime());
            }
            Optional<String> installPatched = patched.run(instance.installCommands(), Duration.ofMinutes(30));
            long t3 = System.nanoTime();
            if (installPatched.isPresent()) return early(Verdict.BUILD_FAILED, "the patched tree does not build: " + installPatched.get(), t0, t1, t2, t3);
            return measure(instance, base, expertReady ? Optional.of(expert) : Optional.empty(), expertProblem, patched, how.get(),
                    Sameness.of(patch, expertReady && GsoTree.sameFiles(expert, patched)), t0, t1, t2, t3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Which tree's runs a patch's runs are: its own, or those of the tree it is identical to. */
    private enum Sameness {
        OWN, BASE, EXPERT;

        /** @param expertsTree whether the expert's tree is ready and the patched tree holds exactly its files */
        static Sameness of(String patch, boolean expertsTree) {
            if (patch.isBlank()) return BASE;
            return expertsTree ? EXPERT : OWN;
        }
    }

    private Result measure(GsoInstance instance, GsoTree base, Optional<GsoTree> expert, String expertProblem, GsoTree patched,
                           String how, Sameness same, long t0, long t1, long t2, long t3) throws TaskSetupException, IOException {
        int n = instance.tests().size();
        List<List<Run>> b = lists(n), e = lists(n);
        List<List<Run>> p = same == Sameness.BASE ? b : same == Sameness.EXPERT ? e : lists(n);
        List<Map<String, byte[]>> refs = new ArrayList<>();
        // whether test i's outputs can be checked outside the patched process (its check works on stored outputs)
        boolean[] outside = new boolean[n];
        // the harness's files are written again after the install commands, which ran the patch's build with write access
        for (GsoTree t : List.of(base, expert.orElse(base), patched)) t.writeHarness();
        GsoSeal seal = GsoSeal.of(patched.ws.dir(), "refs");
        long t4 = t3;
        int rounds = 0;
        double speedup = Double.NaN;
        boolean fasterOnAverage = false;
        Speedup interval = Speedup.unknown(1.0);
        Optional<GsoEvidence.Hidden> hidden = Optional.empty();
        phases.writeLock().lock();
        try {
            // GSO's rounds, then more (up to GsoEvidence.maxRounds) while its figures pass its rule but are not yet confirmed
            while (GsoEvidence.anotherRound(rounds, iterations, speedup, fasterOnAverage, interval, hidden)) {
                int round = rounds;
                for (int i = 0; i < n; i++) {
                    // round 0 runs base first (its outputs are the reference); later rounds rotate which tree goes
                    // first, so that no tree always runs straight after another test's runs or always last
                    List<Character> order = new ArrayList<>(List.of('b', 'e', 'p'));
                    java.util.Collections.rotate(order, -(round % 3));
                    for (char tree : order) {
                        if (tree == 'b') {
                            try {
                                // every base run stores its outputs into an empty folder, as the patched runs do, so that
                                // a process costs as much on both sides; the first run's outputs are the reference
                                base.fill("refs", Map.of());
                                b.get(i).add(once(base, i, "reference"));
                            } catch (Failed f) {
                                throw new TaskSetupException(instance.id() + ": performance test " + (i + 1) + " fails on base_commit: " + f.getMessage());
                            }
                            if (round == 0) {
                                refs.add(base.outputs("refs", Long.MAX_VALUE));
                                outside[i] = compare(base, i, refs.get(i), refs.get(i)).isEmpty();
                            }
                        } else if (tree == 'e') {
                            if (expert.isEmpty()) continue;
                            try {
                                expert.get().fill("refs", refs.get(i));
                                e.get(i).add(once(expert.get(), i, "eqcheck"));
                            } catch (Failed f) {
                                expertProblem = "the expert fails test " + (i + 1) + ": " + f.getMessage();
                                expert = Optional.empty();
                            }
                            if (same == Sameness.EXPERT && expert.isEmpty()) {
                                return early(Verdict.INCORRECT, "the patch is the expert's gt_diff, which " + expertProblem, t0, t1, t2, t3);
                            }
                        } else if (same == Sameness.OWN) {
                            try {
                                p.get(i).add(patchedOnce(base, patched, seal, i, outside[i], refs.get(i)));
                            } catch (Failed f) {
                                return early(f.verdict, "performance test " + (i + 1) + ": " + f.getMessage(), t0, t1, t2, t3);
                            }
                        }
                    }
                }
                if (round == 0) t4 = System.nanoTime();
                rounds++;
                speedup = geomean(b, p, Run::seconds);
                fasterOnAverage = sum(p, Run::seconds) < sum(b, Run::seconds);
                interval = GsoEvidence.interval(values(b, Run::seconds), values(p, Run::seconds));
                if (same == Sameness.OWN) {
                    hidden = Optional.of(GsoEvidence.hidden(values(b, Run::seconds), values(b, Run::wall), values(p, Run::seconds), values(p, Run::wall)));
                }
            }
        } finally {
            phases.writeLock().unlock();
        }
        long t5 = System.nanoTime();
        double perProcess = geomean(b, p, Run::wall);
        OptionalDouble versus = OptionalDouble.empty();
        OptionalDouble expertSpeedup = OptionalDouble.empty();
        if (expert.isPresent()) {
            double inverse = 0;
            for (int i = 0; i < n; i++) inverse += mean(p.get(i), Run::seconds) / mean(e.get(i), Run::seconds);
            versus = OptionalDouble.of(n / inverse);
            expertSpeedup = OptionalDouble.of(geomean(b, e, Run::seconds));
        }
        GsoEvidence.Judgement judged = GsoEvidence.judge(speedup, fasterOnAverage, interval, rounds, hidden);
        Verdict v = judged.verdict();
        StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "GSO in-process %.2fx over base (geometric mean of %d test(s)), per process %.2fx",
                speedup, n, perProcess));
        if (versus.isPresent()) {
            reason.append(String.format(Locale.ROOT, "; expert %.2fx, patched/expert %.2f (harmonic mean; opt_commit needs > 0.95)",
                    expertSpeedup.getAsDouble(), versus.getAsDouble()));
        } else {
            reason.append("; expert not measured: ").append(expertProblem);
        }
        reason.append("; ").append(judged.reason());
        reason.append(String.format(Locale.ROOT, "; %d run(s) per test and tree (GSO's %d%s); patch applied with %s", rounds, iterations,
                rounds > iterations ? ", more while its figures were not yet confirmed" : "", how));
        if (same != Sameness.OWN) {
            reason.append("; the patch is the ").append(same == Sameness.BASE ? "base" : "expert").append(" tree: its runs are that tree's");
        } else {
            int inside = 0;
            for (boolean o : outside) if (!o) inside++;
            if (inside > 0) reason.append("; ").append(inside).append(" test(s) checked inside the patched process (their check_equivalence needs the live result)");
        }
        Costs costs = new Costs(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
                Duration.ofNanos(t4 - t3), Duration.ofNanos(t5 - t4));
        // the in-process figure is the patch's own word: where its processes do not show the saving, the speedup kept
        // for the suite's scores is the one measured from outside (never more than the in-process one)
        double kept = speedup;
        if (hidden.isPresent() && !hidden.get().shown() && speedup > 1 && perProcess < speedup) {
            kept = perProcess;
            reason.append(String.format(Locale.ROOT, "; the speedup kept is the per-process %.2fx, as the in-process saving is not seen from outside", perProcess));
        }
        return new Result(v, reason.toString(), OptionalDouble.of(kept), versus, expertSpeedup, OptionalDouble.of(perProcess), costs);
    }

    /**
     * One run of test {@code test} on the patched tree. Where the test's check works on stored outputs, the run never
     * sees base's outputs: it stores its own into an empty folder and the base tree's code compares them, so nothing
     * the patch does in its process (copying the reference, leaving before its check) can pass for a correct result.
     * Either way the run must leave its workspace as it found it but for its outputs ({@link GsoSeal}).
     */
    private Run patchedOnce(GsoTree base, GsoTree patched, GsoSeal seal, int test, boolean outside, Map<String, byte[]> refs)
            throws Failed, IOException {
        patched.fill("refs", outside ? Map.of() : refs);
        Run run = once(patched, test, outside ? "reference" : "eqcheck");
        Optional<String> changed = seal.firstChange();
        if (changed.isPresent()) {
            throw new Failed(Verdict.REJECTED, "the run wrote into its workspace (" + changed.get()
                    + "): anything it keeps there could serve a later run, so its runs are not timed further");
        }
        if (!outside) return run;
        Map<String, byte[]> produced;
        try {
            produced = patched.outputs("refs", MAX_OUTPUT_BYTES);
        } catch (IOException e) {
            throw new Failed(Verdict.INCORRECT, "its outputs cannot be checked: " + e.getMessage());
        }
        Optional<String> different = compare(base, test, refs, produced);
        if (different.isPresent()) throw new Failed(Verdict.INCORRECT, different.get());
        return run;
    }

    /**
     * Runs the test's {@code check_equivalence} on {@code gold} against {@code candidate}, both loaded with its
     * {@code load_result}, in the base tree (read-only, no patched code on its path); empty when they are equivalent.
     */
    private Optional<String> compare(GsoTree base, int test, Map<String, byte[]> gold, Map<String, byte[]> candidate) throws IOException {
        base.fill("gold", gold);
        base.fill("cand", candidate);
        String nonce = nonce();
        ExecResult r = driver(base, nonce, false, "tests/t" + test + ".py", "compare", "t" + test, "refs", GsoTree.TREE, "gold", "cand");
        if (r.ok() && GsoDriver.same(r.stdout(), nonce)) return Optional.empty();
        return Optional.of(mismatch(r) ? "not equivalent to base's outputs: " + GsoTree.lastLines(r.stderr(), 3)
                : "its outputs do not load in base's check (" + r.describeEnd() + "): " + GsoTree.lastLines(r.stderr(), 3));
    }

    private Run once(GsoTree tree, int test, String mode) throws Failed, IOException {
        String nonce = nonce();
        ExecResult r = driver(tree, nonce, true, "tests/t" + test + ".py", mode, "t" + test, "refs", GsoTree.TREE);
        if (r.timedOut()) throw new Failed(Verdict.TIMEOUT, "timed out after " + TEST_LIMIT.toSeconds() + " s");
        String err = GsoTree.lastLines(r.stderr(), 3);
        if (!r.ok()) {
            throw new Failed(mismatch(r) ? Verdict.INCORRECT : Verdict.CRASHED,
                    (mismatch(r) ? "not equivalent to base's outputs: " : r.describeEnd() + ": ") + err);
        }
        double seconds = GsoDriver.seconds(r.stdout(), nonce);
        if (!(seconds > 0)) throw new Failed(Verdict.CRASHED, "the run ended without run_test's time (it left before the equivalence check?): " + err);
        return new Run(seconds, r.wall().toNanos() / 1e9);
    }

    private static String nonce() {
        return Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
    }

    /**
     * The driver in {@code tree} with {@code args}, the nonce on its standard input (a host file outside the
     * workspace, deleted after); the workspace writable only for a test run, which stores outputs.
     */
    private ExecResult driver(GsoTree tree, String nonce, boolean writable, String... args) throws IOException {
        Path nonceFile = Files.createTempFile("perfagent-gso-nonce", ".txt");
        try {
            Files.writeString(nonceFile, nonce + "\n");
            List<String> command = new ArrayList<>(List.of("python3", "-B", GsoDriver.FILE));
            command.addAll(List.of(args));
            ExecSpec spec = ExecSpec.of(command, Limits.forBuild().withWallTime(TEST_LIMIT))
                    .withEnv(Map.of("HOME", "/tmp", "PYTHONDONTWRITEBYTECODE", "1")).withStdin(nonceFile);
            return tree.sandbox().exec(tree.ws, writable ? spec.writable() : spec);
        } finally {
            Files.deleteIfExists(nonceFile);
        }
    }

    /** The test's check_equivalence failed (rather than the run crashing). */
    private static boolean mismatch(ExecResult r) {
        return r.stderr().contains("AssertionError") && r.stderr().contains("check_equivalence");
    }

    private static Result early(Verdict v, String reason, long t0, long t1, long t2, long t3) {
        long now = System.nanoTime();
        return new Result(v, reason, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                new Costs(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2), Duration.ofNanos(now - t3), Duration.ZERO));
    }

    private static List<List<Run>> lists(int n) {
        List<List<Run>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }

    /** Each test's figures, round by round. */
    private static List<List<Double>> values(List<List<Run>> tests, java.util.function.ToDoubleFunction<Run> f) {
        return tests.stream().map(t -> t.stream().map(f::applyAsDouble).toList()).toList();
    }

    private static double mean(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static double sum(List<List<Run>> tests, java.util.function.ToDoubleFunction<Run> f) {
        return tests.stream().mapToDouble(t -> mean(t, f)).sum();
    }

    private static double geomean(List<List<Run>> before, List<List<Run>> after, java.util.function.ToDoubleFunction<Run> f) {
        double logs = 0;
        for (int i = 0; i < before.size(); i++) logs += Math.log(mean(before.get(i), f) / mean(after.get(i), f));
        return Math.exp(logs / before.size());
    }
}
