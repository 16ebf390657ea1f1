package dev.perfagent.agent.loop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.prompts.HotFrame;
import dev.perfagent.prompts.Prompt;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of {@code trajectory.jsonl}: what happened, as a record per kind of event. {@link #type()} is the tag
 * written as the line's {@code "type"} (the names are those of format 1, so older trajectories read the same); the
 * components are the line's other fields. {@link Trajectory} adds the time and reads lines back into these records.
 */
public sealed interface TrajectoryEvent {

    /** The tag of this kind of event in the file: its key in {@link #KINDS}. */
    default String type() {
        return KINDS.entrySet().stream().filter(k -> k.getValue() == getClass()).findFirst().orElseThrow().getKey();
    }

    /** Every kind of event by its tag: what {@link Trajectory} reads a line back into. */
    Map<String, Class<? extends TrajectoryEvent>> KINDS = Map.of(
            "run", RunStarted.class, "prompt", Prompted.class, "proposals", Proposed.class,
            "evaluation", Evaluated.class, "attempt", Attempted.class, "confirmation", Confirmed.class,
            "advice", Advised.class, "profile", Profiled.class, "error", ModelFailed.class, "stop", Stopped.class);

    /**
     * A session of the run starts (a fresh run, or each resume of it).
     *
     * @param settings the run's settings as recorded (agent.run's {@code RunSettings} reads them back)
     */
    record RunStarted(String run, String task, JsonNode settings) implements TrajectoryEvent {
    }

    /** The prompt of one request to the model (key: round, pick and widening). */
    record Prompted(String key, int round, int lineage, String parent, Prompt prompt) implements TrajectoryEvent {
    }

    /** What the proposer gave for the request with this key. */
    record Proposed(String key, List<Proposal> proposals) implements TrajectoryEvent {
        public Proposed {
            proposals = List.copyOf(proposals);
        }
    }

    /** A candidate's whole evaluation (a JSON-ready tree: build, correctness, measurement, verdict). */
    record Evaluated(String candidate, String fingerprint, Map<String, Object> evaluation) implements TrajectoryEvent {
    }

    /** A candidate the loop tried, with its outcome (or the problem that kept it from being judged). */
    record Attempted(String fingerprint, Attempt attempt) implements TrajectoryEvent {
    }

    /** The independent re-measurement of the screening's best, and its whole evaluation. */
    record Confirmed(String candidate, Confirmation confirmation, Map<String, Object> evaluation) implements TrajectoryEvent {
    }

    /** The judge's advice on an attempt (coder-judge; key {@code a<index>}). */
    record Advised(String key, Advice advice) implements TrajectoryEvent {
    }

    /** Where the time of the current best goes, as shown to the model. */
    record Profiled(String candidate, List<HotFrame> hotFrames) implements TrajectoryEvent {
        public Profiled {
            hotFrames = List.copyOf(hotFrames);
        }
    }

    /** The model failed and the search ended. */
    record ModelFailed(String message) implements TrajectoryEvent {
    }

    /** The search ended (after its confirmation): why, and what it spent. */
    record Stopped(String reason, boolean failed, int candidates, int rounds, long tokensIn, long tokensOut,
                   double cost) implements TrajectoryEvent {
    }

    /** The first event of this kind, if any. */
    static <E extends TrajectoryEvent> Optional<E> first(List<? extends TrajectoryEvent> events, Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
