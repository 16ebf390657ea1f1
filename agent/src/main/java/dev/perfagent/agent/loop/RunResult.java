package dev.perfagent.agent.loop;

import java.util.List;
import java.util.Optional;

/**
 * How a run ended: every attempt, the best verified improvement (if any), why it stopped, what it spent, and
 * whether it ended on an error (a model that refused the key, say) rather than on its budget or convergence.
 */
public record RunResult(List<Attempt> attempts, Optional<Attempt> best, String stopReason, Spend spend, boolean failed) {
    public RunResult {
        attempts = List.copyOf(attempts);
    }
}
