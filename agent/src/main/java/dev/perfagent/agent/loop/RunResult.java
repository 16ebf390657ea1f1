package dev.perfagent.agent.loop;

import java.util.List;
import java.util.Optional;

/**
 * How a run ended: every attempt, the best improvement confirmed by an independent measurement (if any), the
 * confirmation of the screening's best (whether it held or not), why it stopped, what it spent, and whether it ended on
 * an error (a model that refused the key, say) rather than on its budget or convergence.
 */
public record RunResult(List<Attempt> attempts, Optional<Attempt> best, String stopReason, Spend spend, boolean failed,
                        Optional<Confirmation> confirmation) {
    public RunResult {
        attempts = List.copyOf(attempts);
    }
}
