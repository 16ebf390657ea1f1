package dev.perfagent.agent.bench;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.TaskSetupException;

/**
 * Makes one attempt at one task and says how it went: the seam between perfagent bench and whatever proposes
 * candidates ({@link ExpertAttempts} replays the task's expert; the agent loop plugs in here too).
 * <p>
 * A candidate that is wrong, slow or broken is a result (its verdict), not an exception. A task that cannot be set
 * up (its original does not build) throws {@link TaskSetupException}: bench records it as an error of the task and
 * a rerun tries it again. Any other exception is a failure of the runner: nothing is recorded and a resumed run tries again.
 * Implementations must allow calls from several threads at once ({@code --jobs}), for different tasks.
 */
public interface AttemptRunner extends AutoCloseable {

    /** @param attempt 0-based index of this attempt among the task's {@code --attempts} */
    AttemptResult run(Task task, int attempt) throws TaskSetupException;

    @Override
    default void close() {
    }
}
