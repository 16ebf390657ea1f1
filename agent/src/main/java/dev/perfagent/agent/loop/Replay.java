package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an earlier session of the same run finished, read back from its trajectory: the proposals of each request
 * (by the request's key) and the outcome of each evaluated candidate (by its files' fingerprint). A resumed run
 * walks the same path again and takes these instead of calling the model or the evaluator a second time.
 */
public final class Replay {
    private final Map<String, List<Proposal>> proposals = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, Advice> advice = new HashMap<>();
    private final Map<String, Confirmation> confirmations = new HashMap<>();
    private final java.util.Set<Integer> attempts = new java.util.HashSet<>();
    private final Duration earlier;

    private Replay(Duration earlier) {
        this.earlier = earlier;
    }

    public static Replay none() {
        return new Replay(Duration.ZERO);
    }

    public static Replay of(Trajectory.Contents trajectory) {
        Instant first = null;
        Instant last = null;
        Duration spent = Duration.ZERO;
        for (Trajectory.Entry e : trajectory.entries()) {
            if (e.event() instanceof TrajectoryEvent.RunStarted) {
                // a session starts: close the previous one's span
                if (first != null) spent = spent.plus(Duration.between(first, last));
                first = e.at();
            }
            last = e.at();
        }
        if (first != null) spent = spent.plus(Duration.between(first, last));
        Replay r = new Replay(spent);
        for (TrajectoryEvent e : trajectory.events()) {
            if (e instanceof TrajectoryEvent.Proposed p) {
                r.proposals.put(p.key(), p.proposals());
            } else if (e instanceof TrajectoryEvent.Confirmed c) {
                r.confirmations.put(c.confirmation().fingerprint(), c.confirmation());
            } else if (e instanceof TrajectoryEvent.Advised a) {
                r.advice.put(a.key(), a.advice());
            } else if (e instanceof TrajectoryEvent.Attempted a) {
                r.attempts.add(a.attempt().index());
                a.attempt().outcome().ifPresent(o -> r.outcomes.put(a.fingerprint(), o));
            }
        }
        return r;
    }

    Optional<List<Proposal>> proposals(String key) {
        return Optional.ofNullable(proposals.get(key));
    }

    /** The advice given on an attempt (key {@code a<index>}) by an earlier session. */
    Optional<Advice> advice(String key) {
        return Optional.ofNullable(advice.get(key));
    }

    Optional<Outcome> outcome(String fingerprint) {
        return Optional.ofNullable(outcomes.get(fingerprint));
    }

    /** The confirmation an earlier session made of the candidate with these files. */
    Optional<Confirmation> confirmation(String fingerprint) {
        return Optional.ofNullable(confirmations.get(fingerprint));
    }

    /** Whether the earlier session already recorded the attempt with this index. */
    boolean recorded(int attemptIndex) {
        return attempts.contains(attemptIndex);
    }

    /** Wall time the earlier sessions spent, so the wall-time budget spans the whole run. */
    public Duration earlier() {
        return earlier;
    }

    public int evaluations() {
        return outcomes.size();
    }
}
