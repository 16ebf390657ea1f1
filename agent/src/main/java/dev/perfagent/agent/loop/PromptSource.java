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
     * @param advice     the judge's instruction on the lineage's last attempt (coder-judge), with the metrics it read
     */
    record Context(Task task, String parentId, Map<String, String> files, List<Attempt> lineage, List<Attempt> tried,
                   List<HotFrame> hotFrames, BudgetLeft budgetLeft, java.util.Optional<Advice> advice) {

        /** The files of {@code parentId}; no lineage, nothing tried, no profile, an unlimited budget, no judge's advice. */
        public static Context of(Task task, String parentId, Map<String, String> files) {
            return new Context(task, parentId, files, List.of(), List.of(), List.of(), BudgetLeft.UNLIMITED, java.util.Optional.empty());
        }

        public Context withTask(Task v) {
            return new Context(v, parentId, files, lineage, tried, hotFrames, budgetLeft, advice);
        }

        public Context withParentId(String v) {
            return new Context(task, v, files, lineage, tried, hotFrames, budgetLeft, advice);
        }

        public Context withFiles(Map<String, String> v) {
            return new Context(task, parentId, v, lineage, tried, hotFrames, budgetLeft, advice);
        }

        public Context withLineage(List<Attempt> v) {
            return new Context(task, parentId, files, v, tried, hotFrames, budgetLeft, advice);
        }

        public Context withTried(List<Attempt> v) {
            return new Context(task, parentId, files, lineage, v, hotFrames, budgetLeft, advice);
        }

        public Context withHotFrames(List<HotFrame> v) {
            return new Context(task, parentId, files, lineage, tried, v, budgetLeft, advice);
        }

        public Context withBudgetLeft(BudgetLeft v) {
            return new Context(task, parentId, files, lineage, tried, hotFrames, v, advice);
        }

        public Context withAdvice(java.util.Optional<Advice> v) {
            return new Context(task, parentId, files, lineage, tried, hotFrames, budgetLeft, v);
        }

    }
}
