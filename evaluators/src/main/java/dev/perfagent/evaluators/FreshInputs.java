package dev.perfagent.evaluators;

import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.evaluators.correctness.Mismatch;
import dev.perfagent.evaluators.correctness.OutputComparator;
import dev.perfagent.sandbox.ExecResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The candidate against the original on inputs nobody has seen: the task's generator writes them from fresh seeds,
 * the original's output is the reference. A candidate that recognizes the known inputs (by size, by a hash) and
 * prints stored answers passes every known case and fails here.
 */
final class FreshInputs {
    private static final long GENERATOR_TIMEOUT_S = 120;

    private FreshInputs() {
    }

    /**
     * {@code passed} (the known cases' result) with the fresh inputs counted in, or the first fresh input the candidate
     * got wrong. Without a generator, {@code passed} as it is.
     */
    static JudgeRun check(Task task, BuiltProgram original, BuiltProgram candidate, long seed, JudgeRun passed)
            throws TaskSetupException {
        Optional<Judge.Generator> generator = task.judge().generator();
        if (generator.isEmpty()) return passed;
        int casesBefore = passed.correctness().casesRun();
        OutputComparator comparator = new OutputComparator(task.judge().comparison(), task.judge().tolerance());
        SplittableRandom seeds = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
        int run = casesBefore;
        for (int i = 0; i < generator.get().inputs(); i++) {
            long inputSeed = seeds.nextLong(1, Long.MAX_VALUE);
            Path input = generate(task, generator.get(), inputSeed);
            try {
                ExecResult reference = original.run(Optional.of(input));
                if (!reference.ok()) {
                    throw new TaskSetupException(task.dir().resolve("task.yaml") + ": judge.generator: the original fails on the input of seed "
                            + inputSeed + " (" + reference.describeEnd() + "); fix the generator");
                }
                ExecResult r = candidate.run(Optional.of(input));
                run++;
                String name = "a fresh input (generator seed " + inputSeed + ")";
                if (r.timedOut()) {
                    return failed(Verdict.TIMEOUT, "ran past the " + task.limits().time().toMillis() + " ms limit on " + name, run, name, r);
                }
                if (!r.ok()) {
                    return failed(Verdict.CRASHED, "crashed on " + name + ": " + r.describeEnd(), run, name, r);
                }
                Optional<Mismatch> m = comparator.compare(reference.stdout(), r.stdout());
                if (m.isPresent()) {
                    Correctness c = new Correctness(run, Optional.of(name), m, Optional.empty());
                    return new JudgeRun(Optional.of(Verdict.INCORRECT), name + ": " + m.get().describe(), c, Optional.of(r));
                }
            } finally {
                try {
                    Files.deleteIfExists(input);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans up
                }
            }
        }
        int fresh = run - casesBefore;
        return new JudgeRun(Optional.empty(), passed.reason() + " and " + fresh + " fresh input(s)", Correctness.passed(run), Optional.empty());
    }

    private static JudgeRun failed(Verdict v, String reason, int run, String name, ExecResult r) {
        return new JudgeRun(Optional.of(v), reason, new Correctness(run, Optional.of(name), Optional.empty(), Optional.empty()), Optional.of(r));
    }

    /** Runs the generator in the task folder; its stdout is the input. */
    private static Path generate(Task task, Judge.Generator generator, long seed) throws TaskSetupException {
        String command = generator.forSeed(seed);
        try {
            Path input = Files.createTempFile("perfagent-fresh-", ".in");
            Path err = Files.createTempFile("perfagent-fresh-", ".err");
            Process p = new ProcessBuilder("sh", "-c", command).directory(task.dir().toFile())
                    .redirectOutput(input.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(GENERATOR_TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new TaskSetupException(task.dir().resolve("task.yaml") + ": judge.generator `" + command + "` ran past "
                        + GENERATOR_TIMEOUT_S + " s");
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(err);
            if (p.exitValue() != 0) {
                throw new TaskSetupException(task.dir().resolve("task.yaml") + ": judge.generator `" + command + "` exited "
                        + p.exitValue() + ": " + Excerpt.firstError(stderr));
            }
            return input;
        } catch (IOException e) {
            throw new TaskSetupException(task.dir().resolve("task.yaml") + ": judge.generator `" + command + "` could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskSetupException("interrupted while generating a fresh input");
        }
    }
}
