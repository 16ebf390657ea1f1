/**
 * Timing with statistics that survive a noisy machine: interleaved randomized blocks, every sample kept,
 * ratio of medians with a bootstrap confidence interval, adaptive stopping.
 */
package dev.perfagent.evaluators.measure;
