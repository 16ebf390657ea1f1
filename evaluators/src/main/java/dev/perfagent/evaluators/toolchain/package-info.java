/**
 * How each language's code is built, started and profiled inside a sandbox, and the sandbox limits a task's own
 * {@code limits:} mean: {@link dev.perfagent.evaluators.toolchain.Toolchains} picks a toolchain,
 * {@link dev.perfagent.evaluators.toolchain.RunLimits} maps task limits, and
 * {@link dev.perfagent.evaluators.toolchain.LanguageProfilers} picks the profilers.
 */
package dev.perfagent.evaluators.toolchain;
