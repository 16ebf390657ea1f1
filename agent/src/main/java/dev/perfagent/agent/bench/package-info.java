/**
 * perfagent bench: runs a suite's tasks attempt by attempt through an {@link dev.perfagent.agent.bench.AttemptRunner},
 * keeps every finished attempt in an SQLite store the moment it finishes (so a killed run resumes where it stopped),
 * splits suites into shards, merges shard stores, and scores and exports the results.
 */
package dev.perfagent.agent.bench;
