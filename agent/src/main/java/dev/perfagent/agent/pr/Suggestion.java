package dev.perfagent.agent.pr;

import dev.perfagent.agent.report.UnifiedDiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A verified (IMPROVED) faster version of changed code, as the PR comment shows it: a GitHub suggestion block when
 * it replaces one contiguous run of at most {@link #MAX_SUGGESTION_LINES} lines of one file, else a patch.
 *
 * @param target      the changed method it speeds up
 * @param outcome     the evaluator's verdict with speedup and interval ("IMPROVED 1.83× [1.71×, 1.95×]")
 * @param summary     what the proposer said it did
 * @param replaced    the head lines the suggestion replaces (when it is a suggestion block)
 * @param replacement the new text of those lines
 * @param patch       the whole change as a unified diff against the head
 */
record Suggestion(ChangedCode target, String outcome, String summary, Optional<LineRange> replaced, String replacement,
                  String patch) {
    static final int MAX_SUGGESTION_LINES = 30;

    /** {@code files}: the candidate's changed files (path → content); {@code head}: the head's content of each. */
    static Suggestion of(ChangedCode target, String outcome, String summary, Map<String, String> files, Map<String, String> head) {
        StringBuilder patch = new StringBuilder();
        for (var e : new TreeMap<>(files).entrySet()) patch.append(UnifiedDiff.of(e.getKey(), head.get(e.getKey()), e.getValue()));
        Optional<LineRange> replaced = Optional.empty();
        String replacement = "";
        if (files.size() == 1) {
            var only = files.entrySet().iterator().next();
            String before = head.get(only.getKey());
            if (before != null) {
                List<String> a = Arrays.asList(before.split("\n", -1));
                List<String> b = Arrays.asList(only.getValue().split("\n", -1));
                int prefix = 0;
                while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
                int suffix = 0;
                while (suffix < a.size() - prefix && suffix < b.size() - prefix
                        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;
                int firstChanged = prefix;                 // 0-based, in a
                int lastChanged = a.size() - 1 - suffix;   // inclusive; < firstChanged when only lines were inserted
                List<String> newLines = b.subList(prefix, b.size() - suffix);
                // a suggestion replaces whole head lines; a pure insertion is anchored on the line before it
                if (lastChanged < firstChanged && firstChanged > 0) {
                    firstChanged--;
                    newLines = concat(a.get(firstChanged), newLines);
                    lastChanged = firstChanged;
                }
                int span = lastChanged - firstChanged + 1;
                if (lastChanged >= firstChanged && span <= MAX_SUGGESTION_LINES && newLines.size() <= MAX_SUGGESTION_LINES
                        && only.getKey().equals(target.path())) {
                    replaced = Optional.of(new LineRange(firstChanged + 1, lastChanged + 1));
                    replacement = String.join("\n", newLines);
                }
            }
        }
        return new Suggestion(target, outcome, summary, replaced, replacement, patch.toString());
    }

    private static List<String> concat(String first, List<String> rest) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    /** The Markdown for this suggestion in the PR comment. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("#### `").append(target.name()).append("` — ").append(outcome).append("\n\n");
        if (!summary.isBlank()) b.append(summary.strip()).append("\n\n");
        if (replaced.isPresent()) {
            b.append("Replace ").append(replaced.get()).append(" of `").append(target.path()).append("` with:\n\n");
            String fence = fence(replacement);
            b.append(fence).append("suggestion\n").append(replacement).append('\n').append(fence).append("\n\n");
        } else {
            String fence = fence(patch);
            b.append("<details><summary>patch (").append(patch.lines().count()).append(" lines)</summary>\n\n")
                    .append(fence).append("diff\n").append(patch.stripTrailing()).append('\n').append(fence).append("\n\n</details>\n\n");
        }
        return b.toString();
    }

    /** A fence longer than any run of backticks inside, so code holding ``` cannot end the block early. */
    static String fence(String content) {
        int longest = 0;
        int run = 0;
        for (char c : content.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
