package dev.perfagent.sandbox.profile.ncu;

import java.util.List;

/**
 * A metric perfagent asks Nsight Compute for, with the label the model sees. The list follows CudaForge's (SM and
 * memory throughput, occupancy and its limits, pipe use, DRAM bytes, cache hit rates, warp stall reasons, branch
 * uniformity) in the names ncu uses; some exist only on some GPU generations, so {@link NcuCatalog} keeps the ones
 * the GPU at hand has (on Hopper, {@code sm__inst_executed_pipe_fp32…} and the memory-dependency stall do not).
 */
public record NcuMetric(String name, String label) {

    /** The part ncu lists in {@code --query-metrics}: the name before its first '.' (its rollup and suffix). */
    public String base() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public static final List<NcuMetric> WANTED = List.of(
            new NcuMetric("gpu__time_duration.sum", "duration"),
            new NcuMetric("sm__throughput.avg.pct_of_peak_sustained_elapsed", "SM throughput"),
            new NcuMetric("gpu__compute_memory_throughput.avg.pct_of_peak_sustained_elapsed", "memory throughput"),
            new NcuMetric("dram__throughput.avg.pct_of_peak_sustained_elapsed", "DRAM throughput"),
            new NcuMetric("dram__bytes_read.sum", "DRAM bytes read"),
            new NcuMetric("dram__bytes_write.sum", "DRAM bytes written"),
            new NcuMetric("sm__warps_active.avg.pct_of_peak_sustained_active", "achieved occupancy"),
            new NcuMetric("sm__maximum_warps_per_active_cycle_pct", "theoretical occupancy"),
            new NcuMetric("launch__occupancy_limit_blocks", "occupancy limit: blocks"),
            new NcuMetric("launch__occupancy_limit_registers", "occupancy limit: registers"),
            new NcuMetric("launch__occupancy_limit_shared_mem", "occupancy limit: shared memory"),
            new NcuMetric("launch__registers_per_thread", "registers per thread"),
            new NcuMetric("smsp__inst_executed.sum", "instructions executed"),
            new NcuMetric("sm__inst_executed_pipe_fma.avg.pct_of_peak_sustained_active", "FMA pipe utilisation"),
            new NcuMetric("sm__inst_executed_pipe_fp32.avg.pct_of_peak_sustained_active", "FP32 pipe utilisation"),
            new NcuMetric("sm__pipe_tensor_op_hmma_cycles_active.avg.pct_of_peak_sustained_active", "tensor pipe utilisation"),
            new NcuMetric("l1tex__t_sector_hit_rate.pct", "L1 hit rate"),
            new NcuMetric("lts__t_sector_hit_rate.pct", "L2 hit rate"),
            new NcuMetric("l1tex__throughput.avg.pct_of_peak_sustained_active", "L1 throughput"),
            new NcuMetric("lts__throughput.avg.pct_of_peak_sustained_elapsed", "L2 throughput"),
            new NcuMetric("smsp__warp_issue_stalled_memory_dependency_per_warp_active.pct", "stall: memory dependency"),
            new NcuMetric("smsp__warp_issue_stalled_short_scoreboard_per_warp_active.pct", "stall: short scoreboard"),
            new NcuMetric("smsp__warp_issue_stalled_long_scoreboard_per_warp_active.pct", "stall: long scoreboard"),
            new NcuMetric("smsp__warp_issue_stalled_barrier_per_warp_active.pct", "stall: barrier"),
            new NcuMetric("smsp__warp_issue_stalled_branch_resolving_per_warp_active.pct", "stall: branch resolving"),
            new NcuMetric("smsp__warp_issue_stalled_mio_throttle_per_warp_active.pct", "stall: MIO throttle"),
            new NcuMetric("smsp__sass_average_branch_targets_threads_uniform.pct", "branch uniformity"));
}
