package dev.perfagent.agent.bench.gso;

import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * Evaluates one patch on one GSO instance as GSO's harness does. Three trees at base_commit — base, expert (gt_diff)
 * and patched — each in its own workspace; every performance test runs {@code iterations} times per tree, one
 * process per run, the trees interleaved run by run. The first base run of a test stores the reference outputs; every
 * expert and patched run is equivalence-checked against them. A test's time is the mean over its runs of the seconds
 * {@code run_test} returns (GSO's in-process figure, the primary one); the wall time of each process is kept too.
 * Scores as GSO computes them: the speedup over base is the geometric mean over tests; opt_base needs it at 1.2 and
 * the patch faster on average; against the expert, the harmonic mean over tests of time(expert) / time(patched).
 * GSO's rule is necessary but not enough for a verdict: the rounds' paired estimates must also put the speedup clear of
 * the noise floor ({@link GsoEvidence}); while GSO's figures pass its rule and the interval does not yet agree, more
 * rounds are run (up to three times GSO's, at least ten), and a patch that is never confirmed is NEUTRAL, its reason saying so.
 * After the first round, which tree runs first rotates from round to round.
 * A patch that is empty, or whose tree holds exactly the expert's files (the gt_diff, or any patch that makes the same
 * change), is the same program as that tree: its runs are that tree's runs rather than a second, noisier measurement
 * of the same code (ratio exactly 1).
 */
public final class GsoHarness {
    public static final int GSO_ITERATIONS = 5;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Duration TEST_LIMIT = Duration.ofSeconds(300);

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
        long t4 = t3;
        int rounds = 0;
        double speedup = Double.NaN;
        boolean fasterOnAverage = false;
        dev.perfagent.evaluators.measure.Speedup interval = dev.perfagent.evaluators.measure.Speedup.unknown(1.0);
        phases.writeLock().lock();
        try {
            // GSO's rounds, then more (up to GsoEvidence.maxRounds) while its figures pass its rule but not the noise floor
            while (GsoEvidence.anotherRound(rounds, iterations, speedup, fasterOnAverage, interval)) {
                int round = rounds;
                for (int i = 0; i < n; i++) {
                    // round 0 runs base first (its outputs are the reference); later rounds rotate which tree goes
                    // first, so that no tree always runs straight after another test's runs or always last
                    List<Character> order = new ArrayList<>(List.of('b', 'e', 'p'));
                    java.util.Collections.rotate(order, -(round % 3));
                    for (char tree : order) {
                        if (tree == 'b') {
                            try {
                                // every base run stores its outputs, as GSO's base runs do (--reference), so that a process
                                // costs about as much on both sides; the first run's outputs are the reference
                                b.get(i).add(once(base, i, "reference", null));
                            } catch (Failed f) {
                                throw new TaskSetupException(instance.id() + ": performance test " + (i + 1) + " fails on base_commit: " + f.getMessage());
                            }
                            if (round == 0) refs.add(snapshot(base));
                        } else if (tree == 'e') {
                            if (expert.isEmpty()) continue;
                            try {
                                e.get(i).add(once(expert.get(), i, "eqcheck", refs.get(i)));
                            } catch (Failed f) {
                                expertProblem = "the expert fails test " + (i + 1) + ": " + f.getMessage();
                                expert = Optional.empty();
                            }
                            if (same == Sameness.EXPERT && expert.isEmpty()) {
                                return early(Verdict.INCORRECT, "the patch is the expert's gt_diff, which " + expertProblem, t0, t1, t2, t3);
                            }
                        } else if (same == Sameness.OWN) {
                            try {
                                p.get(i).add(once(patched, i, "eqcheck", refs.get(i)));
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
                interval = GsoEvidence.interval(seconds(b), seconds(p));
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
        GsoEvidence.Judgement judged = GsoEvidence.judge(speedup, fasterOnAverage, interval, rounds);
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
                rounds > iterations ? ", more while its figures were not yet clear of noise" : "", how));
        if (same != Sameness.OWN) reason.append("; the patch is the ").append(same == Sameness.BASE ? "base" : "expert").append(" tree: its runs are that tree's");
        Costs costs = new Costs(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
                Duration.ofNanos(t4 - t3), Duration.ofNanos(t5 - t4));
        return new Result(v, reason.toString(), OptionalDouble.of(speedup), versus, expertSpeedup, OptionalDouble.of(perProcess), costs);
    }

    private Run once(GsoTree tree, int test, String mode, Map<String, byte[]> refs) throws Failed, IOException {
        if (refs != null) restore(tree, refs);
        String nonce = Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
        Path nonceFile = Files.createTempFile("perfagent-gso-nonce", ".txt");
        try {
            Files.writeString(nonceFile, nonce + "\n");
            return once(tree, test, mode, nonce, nonceFile);
        } finally {
            Files.deleteIfExists(nonceFile);
        }
    }

    private Run once(GsoTree tree, int test, String mode, String nonce, Path nonceFile) throws Failed {
        ExecSpec spec = ExecSpec.of(List.of("python3", "-B", GsoDriver.FILE, "tests/t" + test + ".py", mode, "t" + test, "refs", GsoTree.TREE),
                        Limits.forBuild().withWallTime(TEST_LIMIT))
                .writable().withEnv(Map.of("HOME", "/tmp", "PYTHONDONTWRITEBYTECODE", "1")).withStdin(nonceFile);
        ExecResult r = tree.sandbox().exec(tree.ws, spec);
        if (r.timedOut()) throw new Failed(Verdict.TIMEOUT, "timed out after " + TEST_LIMIT.toSeconds() + " s");
        String err = GsoTree.lastLines(r.stderr(), 3);
        if (!r.ok()) {
            boolean mismatch = r.stderr().contains("AssertionError") && r.stderr().contains("check_equivalence");
            throw new Failed(mismatch ? Verdict.INCORRECT : Verdict.CRASHED,
                    (mismatch ? "not equivalent to base's outputs: " : r.describeEnd() + ": ") + err);
        }
        double seconds = GsoDriver.seconds(r.stdout(), nonce);
        if (!(seconds > 0)) throw new Failed(Verdict.CRASHED, "the run ended without run_test's time (it left before the equivalence check?): " + err);
        return new Run(seconds, r.wall().toNanos() / 1e9);
    }

    /** The reference outputs the base run wrote, kept on the host. */
    private static Map<String, byte[]> snapshot(GsoTree base) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var list = Files.list(base.ws.resolve("refs"))) {
            for (Path f : list.filter(Files::isRegularFile).toList()) files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return files;
    }

    /** The refs folder holds exactly the base's outputs before each checked run, whatever the last run left there. */
    private static void restore(GsoTree tree, Map<String, byte[]> files) throws IOException {
        Path refs = tree.ws.resolve("refs");
        GsoTree.deleteTree(refs);
        Files.createDirectories(refs);
        for (var f : files.entrySet()) Files.write(refs.resolve(f.getKey()), f.getValue());
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

    /** Each test's in-process seconds, round by round. */
    private static List<List<Double>> seconds(List<List<Run>> tests) {
        return tests.stream().map(t -> t.stream().map(Run::seconds).toList()).toList();
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
