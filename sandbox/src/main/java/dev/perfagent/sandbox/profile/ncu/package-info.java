/**
 * Nsight Compute for kernel tasks: which metrics the GPU at hand has ({@code ncu --query-metrics}), the raw CSV page
 * of a profiled run read into per-kernel values, and the short table the model is shown.
 */
package dev.perfagent.sandbox.profile.ncu;
