package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.GpuDevices;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelPython;
import dev.perfagent.sandbox.profile.ncu.NcuCatalog;
import dev.perfagent.sandbox.profile.ncu.NcuCsv;
import dev.perfagent.sandbox.profile.ncu.NcuMetric;
import dev.perfagent.sandbox.profile.ncu.NcuTable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nsight Compute metrics of a kernel candidate, for the judge and the coder. Asks {@code ncu --query-metrics} once
 * which of {@link NcuMetric#WANTED} this GPU has, then profiles one call of the candidate's forward (the harness's
 * {@code profile} mode marks it with the NVTX range {@code perfagent-candidate}, so only its kernels are profiled)
 * with {@code ncu --csv --page raw --metrics …} in the sandbox, and renders the short table.
 */
public final class NcuMetrics {
    private final Sandbox sandbox;
    private final KernelPython python;
    private NcuCatalog catalog;

    public NcuMetrics(Sandbox sandbox, KernelPython python) {
        this.sandbox = sandbox;
        this.python = python;
    }

    /** Why no metrics can be taken here (no GPU, no ncu), or empty. */
    public static Optional<String> unavailable() {
        Optional<String> gpu = GpuDevices.absence();
        if (gpu.isPresent()) return gpu;
        if (!Executables.exists("ncu")) return Optional.of("ncu (Nsight Compute) not found on the PATH");
        return Optional.empty();
    }

    /** The table, or a one-line note saying why there is none. */
    public String table(Task task, Candidate candidate, long seed) {
        Optional<String> why = unavailable();
        if (why.isPresent()) return "(no Nsight Compute metrics: " + why.get() + ")";
        try (Workspace ws = KernelWorkspace.create(task, candidate)) {
            NcuCatalog c = catalog(ws);
            List<NcuMetric> metrics = c.select(NcuMetric.WANTED);
            if (metrics.isEmpty()) return "(no Nsight Compute metrics: ncu --query-metrics listed none of the wanted ones)";
            HarnessRunner harness = new HarnessRunner(sandbox, python, task, ws);
            HarnessOutput.Parsed built = harness.run("build", seed);
            if (!built.result().map(r -> r.status().equals("ok")).orElse(false)) return "(no Nsight Compute metrics: the candidate did not build)";
            List<String> cmd = new ArrayList<>(List.of("ncu", "--csv", "--page", "raw", "--nvtx", "--nvtx-include", "perfagent-candidate/",
                    "--target-processes", "all", "--metrics", String.join(",", metrics.stream().map(NcuMetric::name).toList())));
            cmd.addAll(harness.command("profile", seed));
            HarnessRunner.Ran ran = harness.execRaw(cmd, false);
            List<NcuCsv.Launch> launches = NcuCsv.parse(ran.result().stdout());
            if (launches.isEmpty()) {
                return "(no Nsight Compute metrics: ncu profiled no kernel; " + ran.result().describeEnd() + " "
                        + ran.result().stdout().lines().filter(l -> l.startsWith("==PROF== ERROR") || l.startsWith("==ERROR==")).findFirst().orElse("") + ")";
            }
            return NcuTable.render(launches, metrics, c.missing(NcuMetric.WANTED));
        }
    }

    private synchronized NcuCatalog catalog(Workspace ws) {
        if (catalog == null) {
            ExecResult r = sandbox.exec(ws, ExecSpec.of(List.of("ncu", "--query-metrics"), Limits.forBuild().withWallTime(Duration.ofMinutes(2))).withGpu());
            catalog = NcuCatalog.parse(r.stdout());
        }
        return catalog;
    }
}
