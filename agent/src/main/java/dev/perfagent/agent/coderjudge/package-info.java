/**
 * The coder-judge strategy's judge (CudaForge's loop): a model that reads a kernel's correctness, timing and Nsight
 * Compute metrics and writes one concrete instruction for the coder's next round.
 */
package dev.perfagent.agent.coderjudge;
