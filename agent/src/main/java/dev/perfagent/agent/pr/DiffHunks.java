package dev.perfagent.agent.pr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head-side lines a PR changed, per file, from {@code git diff -U0}. A hunk that only deletes lines marks
 * the line it deleted after, so a method that lost lines still counts as changed. Deleted files are left out:
 * there is nothing on the head side to optimize.
 */
final class DiffHunks {
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@.*");

    private DiffHunks() {
    }

    /** Head path → changed line ranges, in diff order. */
    static Map<String, List<LineRange>> parse(String diff) {
        Map<String, List<LineRange>> out = new LinkedHashMap<>();
        String file = null;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+++ ")) {
                String target = line.substring(4).strip();
                file = target.equals("/dev/null") ? null : target.startsWith("b/") ? target.substring(2) : target;
                if (file != null) out.putIfAbsent(file, new ArrayList<>());
                continue;
            }
            Matcher m = HUNK.matcher(line);
            if (m.matches() && file != null) {
                int start = Integer.parseInt(m.group(1));
                int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                LineRange r = count == 0 ? new LineRange(Math.max(1, start), Math.max(1, start)) : new LineRange(start, start + count - 1);
                out.get(file).add(r);
            }
        }
        return out;
    }
}
