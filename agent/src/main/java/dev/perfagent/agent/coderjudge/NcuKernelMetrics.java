package dev.perfagent.agent.coderjudge;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.kernel.NcuMetrics;

import java.util.Map;

/** The real metrics: the candidate profiled under Nsight Compute in the sandbox, on this machine's GPU. */
public final class NcuKernelMetrics implements KernelMetricsSource {
    private final NcuMetrics ncu;
    private final long seed;

    public NcuKernelMetrics(NcuMetrics ncu, long seed) {
        this.ncu = ncu;
        this.seed = seed;
    }

    @Override
    public String table(Task task, String candidateId, Map<String, String> files) {
        return ncu.table(task, Candidate.of(candidateId, files, "profiled for the judge"), seed);
    }
}
