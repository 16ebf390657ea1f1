package dev.perfagent.datasets;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@code kind: kernel} task is judged ({@code kernel:} in task.yaml). For a Python task (KernelBench's layout)
 * {@code reference} is the file holding {@code Model}, {@code get_inputs()} and {@code get_init_inputs()}, and
 * {@code candidate} the editable file a candidate puts {@code ModelNew} in (often the same file: the reference is then
 * read from the original sources, never from the candidate). A CUDA C++ task has its own harness program instead.
 *
 * @param reference  file under sources.root with the PyTorch reference (Python tasks)
 * @param candidate  editable file with {@code ModelNew} (Python tasks)
 * @param trials     correctness trials, each with fresh random inputs
 * @param tolerance  atol = rtol for allclose; empty: 1e-4 for fp32, 1e-2 for fp16/bf16 (decided by the harness)
 * @param timed      timed calls of each side, interleaved
 * @param warmups    untimed calls of each side first
 * @param plausible  a speedup above this is re-verified in a fresh process and flagged
 * @param allow      guardrails this task switches off: {@code reference-ops}, {@code precision}
 * @param forbid     more operator names ModelNew may not call, beyond those the reference uses (a naive reference
 *                   written without torch.matmul still forbids {@code matmul}, {@code mm}, {@code @}: list them)
 */
public record KernelSpec(String reference, String candidate, int trials, Optional<Double> tolerance, int timed, int warmups,
                         double plausible, Set<String> allow, Set<String> forbid) {
    public static final List<String> ALLOWANCES = List.of("reference-ops", "precision");

    public KernelSpec {
        allow = Set.copyOf(allow);
        forbid = Set.copyOf(forbid);
    }

    /** For a task with one editable Python file: reference and candidate are that file. */
    public static KernelSpec defaults(String file) {
        return new KernelSpec(file, file, 5, Optional.empty(), 100, 3, 10.0, Set.of(), Set.of());
    }

    /** The defaults for a task whose editable files are {@code editable} (the first {@code .py} one, else model.py). */
    public static KernelSpec defaultsFor(List<String> editable) {
        return defaults(editable.stream().filter(f -> f.endsWith(".py")).findFirst().orElse("model.py"));
    }

    public boolean allows(String guardrail) {
        return allow.contains(guardrail);
    }
}
