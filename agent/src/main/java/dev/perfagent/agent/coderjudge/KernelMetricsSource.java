package dev.perfagent.agent.coderjudge;

import dev.perfagent.datasets.Task;

import java.util.Map;

/** Nsight Compute metrics of a candidate's kernels, as the small table the judge and the coder read. */
public interface KernelMetricsSource {

    /** @param files the candidate's files that differ from the original; "" when no metrics could be taken */
    String table(Task task, String candidateId, Map<String, String> files);

    KernelMetricsSource NONE = (task, id, files) -> "";
}
