package dev.perfagent.agent.loop;

import dev.perfagent.datasets.Task;
import dev.perfagent.prompts.BudgetLeft;
import dev.perfagent.prompts.HotFrame;
import dev.perfagent.prompts.Prompt;

import java.util.List;
import java.util.Map;

/** Renders what the model is told for one pick of a round. */
public interface PromptSource {

    Prompt render(Context context);

    /**
     * @param files      every editable file of the parent, relative path → content
     * @param lineage    earlier attempts of the same lineage, oldest first (their outcomes are the feedback)
     * @param tried      every earlier attempt of the run, oldest first (what was already tried)
     * @param hotFrames  the profile of the current best, hottest first (empty when none was taken)
     * @param budgetLeft what is left of the run's budget
     */
    record Context(Task task, String parentId, Map<String, String> files, List<Attempt> lineage, List<Attempt> tried,
                   List<HotFrame> hotFrames, BudgetLeft budgetLeft) {
    }
}
