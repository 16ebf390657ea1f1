package dev.perfagent.agent.edit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of applying edits: only the files whose content changed (relative path → new content), and the edits
 * that could not be applied. A path the task does not have appears in {@code changedFiles} when an edit creates it,
 * so that the evaluator rejects the candidate instead of the change silently disappearing.
 */
public record Applied(Map<String, String> changedFiles, List<String> problems) {
    public Applied {
        changedFiles = Collections.unmodifiableMap(new TreeMap<>(changedFiles)); // sorted: reports and trajectories stay stable
        problems = List.copyOf(problems);
    }
}
