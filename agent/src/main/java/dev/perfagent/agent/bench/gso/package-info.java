/**
 * GSO instances run as GSO's harness runs them: a fresh tree at base_commit per side, the patch applied with GSO's
 * fall-backs, each performance test's {@code run_test} called in its own process (reference outputs stored on base,
 * equivalence checked on the patched and expert trees), timed in-process (GSO's figure) and per process.
 */
package dev.perfagent.agent.bench.gso;
