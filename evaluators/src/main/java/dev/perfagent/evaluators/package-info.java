/** Is it still right, and is it faster? Correctness, measurement, verdicts. */
package dev.perfagent.evaluators;
