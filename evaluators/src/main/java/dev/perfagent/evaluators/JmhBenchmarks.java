package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.jmh.JmhBenchmarkId;
import dev.perfagent.evaluators.jmh.JmhCommand;
import dev.perfagent.evaluators.jmh.JmhListing;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Sandbox;

import java.util.List;
import java.util.Optional;

/**
 * Which JMH benchmarks a task's original selects: built once in the sandbox as the evaluator builds it, the benchmarks
 * jar found in the build's output, and JMH's {@code -lp} listing read. Done before any timing, so that a regex that
 * matches nothing or a build without a jar is told to the user at once.
 */
public final class JmhBenchmarks {

    /**
     * @param jar the benchmarks jar, relative to the source root
     * @param all every benchmark in the jar, comma-separated, when {@code benchmarks} is empty (for the message)
     */
    public record Found(String jar, List<JmhBenchmarkId> benchmarks, String all) {
        public Found {
            benchmarks = List.copyOf(benchmarks);
        }
    }

    private JmhBenchmarks() {
    }

    /** The benchmarks {@code regex} selects; when none, {@code all} names every benchmark in the jar (for the message). */
    public static Found discover(Sandbox sandbox, Task task, String regex) throws TaskSetupException {
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) throw new TaskSetupException(missing.get());
        try (BuiltProgram program = new BuiltProgram(task, Evaluator.prepare(task, Candidate.original()), Toolchains.forTask(task), sandbox)) {
            Optional<ExecResult> build = program.build();
            if (build.isPresent() && !build.get().ok()) {
                ExecResult b = build.get();
                throw new TaskSetupException("the JMH benchmarks do not build (" + task.build().command().orElse("the default build") + "): "
                        + Excerpt.firstError(Excerpt.withoutJvmNotes(b.stderr()).isBlank() ? b.stdout() : Excerpt.withoutJvmNotes(b.stderr())));
            }
            String jar = JmhListing.findJar(program.workspace().dir()).orElseThrow(() -> new TaskSetupException(
                    "no JMH benchmarks jar after the build (looked for target/benchmarks.jar and target/*jmh*.jar): build it with"
                            + " the JMH archetype's shade setup (a -Pjmh profile is found by itself) or give --build"));
            List<JmhBenchmarkId> selected = listing(program, jar, regex);
            String all = selected.isEmpty()
                    ? String.join(", ", listing(program, jar, ".*").stream().map(JmhBenchmarkId::benchmark).distinct().toList())
                    : "";
            return new Found(jar, selected, all);
        }
    }

    private static List<JmhBenchmarkId> listing(BuiltProgram program, String jar, String regex) throws TaskSetupException {
        ExecResult r = program.runCommand(JmhCommand.list(jar, regex));
        if (!r.ok()) {
            throw new TaskSetupException("cannot list the JMH benchmarks in " + jar + " (" + r.describeEnd() + "): "
                    + Excerpt.firstError(r.stderr() + "\n" + r.stdout()));
        }
        return JmhListing.parse(r.stdout());
    }
}
