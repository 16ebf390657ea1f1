package dev.perfagent.agent.loop;

import dev.perfagent.datasets.Task;
import dev.perfagent.prompts.BudgetLeft;

import java.util.List;
import java.util.Optional;

/**
 * Reads what became of an attempt and says what its lineage should do next: the judge of coder-judge. Called after
 * every attempt when a run has one; its advice is recorded in the trajectory and replayed on resume like proposals.
 */
public interface Advisor {

    Optional<Advice> advise(Request request);

    /**
     * @param last     the attempt just judged
     * @param lineage  the lineage's attempts so far, oldest first, {@code last} included
     * @param received advice already given in this run (a replayed judge passes over that many recorded replies)
     */
    record Request(Task task, Attempt last, List<Attempt> lineage, List<Attempt> tried, BudgetLeft budgetLeft, int received) {
    }

    Advisor NONE = request -> Optional.empty();
}
