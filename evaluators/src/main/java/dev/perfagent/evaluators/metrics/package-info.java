/**
 * Suite-level scores as the benchmarks' papers define them (PIE's %OPT and SP, GSO's opt@K, KernelBench's fast_p),
 * computed from per-attempt outcomes only, so any store of outcomes can be re-scored.
 */
package dev.perfagent.evaluators.metrics;
