package dev.perfagent.agent.loop;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.TaskSetupException;

import java.util.Map;

/**
 * Judges a candidate for the loop. The real one is the sandboxed {@link EvaluatorJudge}; tests of the loop's
 * search logic may use a scripted one.
 */
public interface CandidateJudge {

    Judged judge(Task task, Candidate candidate) throws TaskSetupException;

    /**
     * Measures the run's best candidate again against the original, independently of {@link #judge} (fresh seed,
     * fresh build, the interval at {@link Confirmation#CONFIDENCE}). A scripted judge judges it again.
     */
    default Judged confirm(Task task, Candidate candidate) throws TaskSetupException {
        return judge(task, candidate);
    }

    /** The outcome, and the whole evaluation as a JSON-ready tree for the trajectory. */
    record Judged(Outcome outcome, Map<String, Object> evaluation) {
    }
}
