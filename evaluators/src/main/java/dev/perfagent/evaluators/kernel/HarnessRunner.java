package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.KernelSpec;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.RunLimits;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelPython;
import dev.perfagent.sandbox.kernel.KernelScripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code kernel_harness.py} in the sandbox, GPU device nodes visible: {@code build} with the workspace writable
 * (load_inline compiles into {@value #EXTENSIONS}), then {@code all} or {@code profile} with it read-only (the harness
 * copies the built extensions to its private /tmp first). Each run gets a fresh nonce on stdin.
 */
public final class HarnessRunner {
    static final String EXTENSIONS = KernelScripts.FOLDER + "/torch_extensions";
    static final String REFERENCE = KernelScripts.FOLDER + "/reference.py";

    private final Sandbox sandbox;
    private final KernelPython python;
    private final Task task;
    private final Workspace ws;

    public HarnessRunner(Sandbox sandbox, KernelPython python, Task task, Workspace ws) {
        this.sandbox = sandbox;
        this.python = python;
        this.task = task;
        this.ws = ws;
    }

    /** The command line of one harness run, for this runner and for profilers that wrap it (ncu). */
    public List<String> command(String mode, long seed) {
        KernelSpec k = task.kernel();
        List<String> cmd = new ArrayList<>(List.of(python.executable(), "-B", KernelScripts.inWorkspace(KernelScripts.HARNESS),
                "--mode", mode, "--reference", REFERENCE, "--candidate", k.candidate(),
                "--trials", Integer.toString(k.trials()), "--timed", Integer.toString(k.timed()),
                "--warmups", Integer.toString(k.warmups()), "--seed", Long.toString(seed)));
        k.tolerance().ifPresent(t -> cmd.addAll(List.of("--tolerance", Double.toString(t))));
        if (!mode.equals("build")) cmd.addAll(List.of("--extensions", EXTENSIONS));
        return cmd;
    }

    public ExecSpec spec(List<String> command, boolean build) {
        // importing torch and initialising CUDA commit more memory than a compiler does: the task's limit, at least
        Limits limits = build ? Limits.forBuild().withMemory(Math.max(Limits.forBuild().memoryBytes(), task.limits().memoryBytes()))
                : RunLimits.forTask(task.limits());
        ExecSpec spec = ExecSpec.of(command, limits.withProcesses(Math.max(limits.processes(), 256)))
                .withEnv(Map.of("TORCH_EXTENSIONS_DIR", "/workspace/" + EXTENSIONS, "MAX_JOBS", "4"))
                .withReadOnlyBinds(python.readOnlyBinds()).withGpu();
        return build ? spec.writable() : spec;
    }

    public HarnessOutput.Parsed run(String mode, long seed) {
        return exec(command(mode, seed), mode.equals("build"));
    }

    /** Runs a harness command line (perhaps wrapped by a profiler) and reads its result. */
    public HarnessOutput.Parsed exec(List<String> command, boolean build) {
        return execRaw(command, build).parsed();
    }

    /** A run's whole output (a profiler's report is in it too) and the harness's result read from it. */
    public record Ran(ExecResult result, HarnessOutput.Parsed parsed) {
    }

    public Ran execRaw(List<String> command, boolean build) {
        String nonce = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path stdin;
        try {
            stdin = Files.createTempFile("perfagent-nonce", ".txt");
            Files.writeString(stdin, nonce + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ExecResult r = sandbox.exec(ws, spec(command, build).withStdin(stdin));
            HarnessOutput.Parsed p = HarnessOutput.parse(r.stdout(), nonce);
            if (p.result().isEmpty()) {
                String tail = r.stderr().strip().lines().reduce((a, b) -> b).orElse("");
                return new Ran(r, new HarnessOutput.Parsed(p.result(), p.problem() + " (" + r.describeEnd() + (tail.isEmpty() ? "" : ": " + tail) + ")"));
            }
            return new Ran(r, p);
        } finally {
            try {
                Files.deleteIfExists(stdin);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
