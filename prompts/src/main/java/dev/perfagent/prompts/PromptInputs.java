package dev.perfagent.prompts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything the optimize, repair and judge prompts can say, as plain values; {@link #render} turns them into the
 * variables the templates use, so callers never spell a variable name. Empty text or lists leave their section out.
 *
 * @param task      the task's description
 * @param language  "java", "cpp", …
 * @param parent    which version the files are ("" for the original; "round 2, cand 3: 1.34× faster")
 * @param files     the editable files of that version, relative path → content
 * @param feedback  what happened to the last candidate ({@link Feedback#of}) or why its edits failed; "" for none
 * @param hotFrames the parent's profile, hottest first or in any order
 * @param attempts  earlier candidates, oldest first
 * @param budget    what is left of the run's budget
 * @param instruction the judge's one instruction for this round (coder-judge); "" for none
 * @param metrics   Nsight Compute metrics of the parent's kernels, as a small table; "" for none
 */
public record PromptInputs(String task, String language, String parent, Map<String, String> files, String feedback,
                           List<HotFrame> hotFrames, List<AttemptSummary> attempts, BudgetLeft budget,
                           String instruction, String metrics) {

    /** Nothing to say yet: every text empty, no files, frames or attempts, an unlimited budget. */
    public static PromptInputs defaults() {
        return new PromptInputs("", "", "", Map.of(), "", List.of(), List.of(), BudgetLeft.UNLIMITED, "", "");
    }

    public PromptInputs withTask(String v) {
        return new PromptInputs(v, language, parent, files, feedback, hotFrames, attempts, budget, instruction, metrics);
    }

    public PromptInputs withLanguage(String v) {
        return new PromptInputs(task, v, parent, files, feedback, hotFrames, attempts, budget, instruction, metrics);
    }

    public PromptInputs withParent(String v) {
        return new PromptInputs(task, language, v, files, feedback, hotFrames, attempts, budget, instruction, metrics);
    }

    public PromptInputs withFiles(Map<String, String> v) {
        return new PromptInputs(task, language, parent, v, feedback, hotFrames, attempts, budget, instruction, metrics);
    }

    public PromptInputs withFeedback(String v) {
        return new PromptInputs(task, language, parent, files, v, hotFrames, attempts, budget, instruction, metrics);
    }

    public PromptInputs withHotFrames(List<HotFrame> v) {
        return new PromptInputs(task, language, parent, files, feedback, v, attempts, budget, instruction, metrics);
    }

    public PromptInputs withAttempts(List<AttemptSummary> v) {
        return new PromptInputs(task, language, parent, files, feedback, hotFrames, v, budget, instruction, metrics);
    }

    public PromptInputs withBudget(BudgetLeft v) {
        return new PromptInputs(task, language, parent, files, feedback, hotFrames, attempts, v, instruction, metrics);
    }

    public PromptInputs withInstruction(String v) {
        return new PromptInputs(task, language, parent, files, feedback, hotFrames, attempts, budget, v, metrics);
    }

    public PromptInputs withMetrics(String v) {
        return new PromptInputs(task, language, parent, files, feedback, hotFrames, attempts, budget, instruction, v);
    }

    public static final int HOT_FRAMES = 8;
    public static final int ATTEMPTS = 12;

    public PromptInputs {
        files = Map.copyOf(files);
        hotFrames = List.copyOf(hotFrames);
        attempts = List.copyOf(attempts);
    }

    public Prompt render(String templateId) {
        return Prompts.render(templateId, vars());
    }

    /** The template variables, all of them always present (strict rendering). */
    public Map<String, String> vars() {
        Map<String, String> v = new HashMap<>();
        v.put("task", task.strip());
        v.put("language", language);
        v.put("parent", parent);
        v.put("files", FileListing.of(files));
        v.put("feedback", Trim.total(feedback.strip(), Feedback.MAX_CHARS));
        v.put("profile", Feedback.hotFrames(hotFrames, HOT_FRAMES));
        v.put("attempts", Feedback.attempts(attempts, ATTEMPTS));
        v.put("budget", Feedback.budget(budget));
        v.put("instruction", Trim.total(instruction.strip(), Feedback.MAX_CHARS));
        v.put("metrics", Trim.total(metrics.strip(), Feedback.MAX_CHARS));
        String example = files.isEmpty() ? "src/Main.java" : new TreeSet<>(files.keySet()).first();
        v.put("edit_format", Prompts.fragment(Prompts.EDIT_FORMAT, Map.of("path", example)).strip());
        return v;
    }
}
