/**
 * JMH benchmarks as perfagent times them, in PR mode and in repository mode alike: the benchmarks jar's {@code -lp}
 * listing, the JSON result's scores as seconds per operation, the commands, and how the per-benchmark verdicts of one
 * candidate combine into its verdict.
 */
package dev.perfagent.evaluators.jmh;
