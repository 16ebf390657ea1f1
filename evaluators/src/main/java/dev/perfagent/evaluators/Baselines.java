package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TestCase;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Sandbox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The original of each task, built and checked once and then the baseline of every candidate of that task: its
 * program and the output it printed for each workload input. An original that does not build, fails its own judge
 * or fails on a workload input is the task's problem ({@link TaskSetupException}), not a candidate's.
 */
final class Baselines implements AutoCloseable {
    /** Where the original's output of a checked workload command is kept among the expected outputs. */
    static final Path COMMAND_OUTPUT = Path.of("<workload command>");

    /**
     * The built original, the output it printed for each workload input (and of a checked workload command), and how
     * many tests a repository's test command ran on it, where that is known.
     */
    record Baseline(BuiltProgram program, Map<Path, String> expectedOutputs, java.util.OptionalInt testsRun) {
    }

    private final Sandbox sandbox;
    private final Map<String, Baseline> byTask = new HashMap<>();

    Baselines(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Whether the task's original is built and checked already. */
    boolean has(Task task) {
        return byTask.containsKey(task.id());
    }

    Baseline of(Task task) throws TaskSetupException {
        Baseline b = byTask.get(task.id());
        if (b != null) return b;
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) throw new TaskSetupException(missing.get());
        BuiltProgram program = BuiltProgram.of(task, Candidate.original(), sandbox);
        try {
            b = check(task, program);
        } catch (TaskSetupException | RuntimeException e) {
            program.close();
            throw e;
        }
        byTask.put(task.id(), b);
        return b;
    }

    /** Builds the original, judges it (keeping its test count) and records its output on every workload input. */
    private static Baseline check(Task task, BuiltProgram program) throws TaskSetupException {
        Optional<ExecResult> build = program.build();
        if (build.isPresent() && !build.get().ok()) {
            throw new TaskSetupException(task.dir().resolve("task.yaml") + ": the original sources do not build here: "
                    + Excerpt.firstError(build.get().stderr() + "\n" + build.get().stdout()) + " (fix build or sources.root)");
        }
        JudgeRun judged = JudgeRun.of(task, program);
        if (judged.failure().isPresent()) {
            throw new TaskSetupException(task.dir().resolve("task.yaml") + ": the original fails its own judge (" + judged.reason()
                    + "); regenerate the reference outputs or fix judge");
        }
        Map<Path, String> expected = new LinkedHashMap<>();
        Map<Path, TestCase> byInput = new HashMap<>();
        task.judge().cases().forEach(c -> byInput.put(c.input(), c));
        for (Path input : task.workload().inputs()) {
            TestCase c = byInput.get(input);
            if (c != null) {
                expected.put(input, JudgeRun.read(c.expectedOutput()));
                continue;
            }
            ExecResult r = program.run(Optional.of(input));
            if (!r.ok()) {
                throw new TaskSetupException(task.dir().resolve("task.yaml") + ": workload.inputs: the original fails on " + input.getFileName() + " (" + r.describeEnd() + ")");
            }
            expected.put(input, r.stdout());
        }
        if (task.workload().command().isPresent() && task.workload().checkOutput()) {
            ExecResult r = program.runCommand(task.workload().command().get());
            if (!r.ok()) {
                throw new TaskSetupException("the workload command fails on the original (" + r.describeEnd() + "): "
                        + Excerpt.firstError(r.stderr() + "\n" + r.stdout()));
            }
            expected.put(COMMAND_OUTPUT, r.stdout());
        }
        return new Baseline(program, expected, judged.testsRun());
    }

    /** The tasks whose baselines are held. */
    List<String> tasks() {
        return List.copyOf(byTask.keySet());
    }

    @Override
    public void close() {
        byTask.values().forEach(b -> b.program().close());
        byTask.clear();
    }
}
