package dev.perfagent.agent.loop;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What strategies decide from: every attempt so far, in order, and the round about to start. */
public record SearchState(List<Attempt> attempts, int round, long seed) {
    public SearchState {
        attempts = List.copyOf(attempts);
    }

    /** Ranks verified improvements: the higher lower bound first, then the earlier attempt. */
    public static final Comparator<Attempt> BETTER_FIRST = Comparator
            .comparingDouble((Attempt a) -> a.outcome().map(Outcome::conservativeSpeedup).orElse(0.0)).reversed()
            .thenComparingInt(Attempt::index);

    public Optional<Attempt> best() {
        return attempts.stream().filter(Attempt::improved).min(BETTER_FIRST);
    }

    public Optional<Attempt> bestOf(int lineage) {
        return attempts.stream().filter(a -> a.lineage() == lineage && a.improved()).min(BETTER_FIRST);
    }

    public List<Attempt> improved() {
        return attempts.stream().filter(Attempt::improved).sorted(BETTER_FIRST).toList();
    }
}
