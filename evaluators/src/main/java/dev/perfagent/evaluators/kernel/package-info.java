/**
 * Kernel tasks ({@code kind: kernel}): static guardrails, an nvcc compile check that works without a GPU, and on a GPU
 * the kernel harness's JSON (correctness trials, interleaved CUDA-event timings) turned into a verdict.
 */
package dev.perfagent.evaluators.kernel;
