package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;

/**
 * A judge's word on one attempt (coder-judge): the one concrete instruction for the lineage's next candidate, the
 * Nsight Compute table it read, its whole reply, and what it cost.
 *
 * @param attempt     the index of the attempt it judged
 * @param instruction what the coder is to do next ("" when the judge named nothing)
 * @param done        the judge named no further change: the lineage has converged
 */
public record Advice(int attempt, int lineage, String instruction, String metrics, String reply, boolean done, Usage usage) {
}
