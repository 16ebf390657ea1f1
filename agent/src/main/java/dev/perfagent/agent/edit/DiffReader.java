package dev.perfagent.agent.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unified diffs the way models write them: hunk counts are ignored (models miscount), line numbers are only a
 * hint, a blank line inside a hunk is a blank context line (editors strip the leading space), and a hunk ends at the
 * first line that cannot belong to it (prose, a closing fence, the next file's header).
 */
final class DiffReader {
    private DiffReader() {
    }

    private static final Pattern OLD_START = Pattern.compile("^@@+\\s*-(\\d+)");

    /** Where a diff section ended (the index of the first line not read) and what it holds. */
    record Section(int next, Optional<Edit> edit, List<String> problems) {
    }

    static boolean isHeader(List<String> lines, int i, int end) {
        return i + 1 < end && lines.get(i).startsWith("--- ") && lines.get(i + 1).startsWith("+++ ");
    }

    static boolean isHunkStart(String line) {
        return line.startsWith("@@");
    }

    /** Reads a {@code --- / +++} header at {@code i} and the hunks after it. */
    static Section readFile(List<String> lines, int i, int end) {
        String oldPath = headerPath(lines.get(i));
        String newPath = headerPath(lines.get(i + 1));
        int j = i + 2;
        if (newPath.equals("/dev/null")) {
            Section skipped = readHunks(lines, j, end, oldPath, false);
            return new Section(skipped.next(), Optional.empty(), List.of(
                    "the diff deletes " + oldPath + "; deleting files is not supported, only changing their content"));
        }
        return readHunks(lines, j, end, newPath, oldPath.equals("/dev/null"));
    }

    /** Reads hunks from {@code j} for {@code path}; also used for {@code @@} hunks with no file header. */
    static Section readHunks(List<String> lines, int j, int end, String path, boolean createsFile) {
        List<Edit.Hunk> hunks = new ArrayList<>();
        while (j < end && !isHeader(lines, j, end)) {
            String line = lines.get(j);
            int oldStart = 0;
            if (isHunkStart(line)) {
                Matcher m = OLD_START.matcher(line);
                if (m.find()) oldStart = parseInt(m.group(1));
                j++;
            } else if (!hunks.isEmpty() || !isBodyLine(line) || line.isEmpty()) {
                break; // a body without "@@" is accepted only straight after the header
            }
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            int trailingBlank = 0;
            while (j < end && isBodyLine(lines.get(j)) && !isHeader(lines, j, end)) {
                String l = lines.get(j++);
                trailingBlank = l.isEmpty() ? trailingBlank + 1 : 0;
                if (l.isEmpty()) {
                    before.add("");
                    after.add("");
                    continue;
                }
                String text = l.substring(1);
                switch (l.charAt(0)) {
                    case ' ' -> {
                        before.add(text);
                        after.add(text);
                    }
                    case '-' -> before.add(text);
                    case '+' -> after.add(text);
                    default -> { } // "\ No newline at end of file"
                }
            }
            // blank lines that end a hunk are usually the gap before the prose that follows it, not context
            before = new ArrayList<>(before.subList(0, before.size() - Math.min(trailingBlank, before.size())));
            after = new ArrayList<>(after.subList(0, after.size() - Math.min(trailingBlank, after.size())));
            if (!before.isEmpty() || !after.isEmpty()) hunks.add(new Edit.Hunk(oldStart, before, after));
        }
        if (hunks.isEmpty()) {
            return new Section(j, Optional.empty(), List.of("the diff for " + describe(path) + " has no hunks (lines starting with @@, then ' ', '-' and '+' lines)"));
        }
        return new Section(j, Optional.of(new Edit.UnifiedDiff(path, hunks, createsFile)), List.of());
    }

    private static boolean isBodyLine(String line) {
        if (line.isEmpty()) return true;
        char c = line.charAt(0);
        return c == ' ' || c == '-' || c == '+' || c == '\\';
    }

    /** "+++ b/src/Main.java\t2024-01-01 10:00" → "b/src/Main.java" (the a/ b/ prefixes go when the path resolves). */
    private static String headerPath(String header) {
        String p = header.substring(4);
        int tab = p.indexOf('\t');
        if (tab >= 0) p = p.substring(0, tab);
        p = p.strip();
        if (p.equals("/dev/null")) return p;
        return EditPaths.clean(p);
    }

    static String describe(String path) {
        return path.isEmpty() ? "the file" : path;
    }

    private static int parseInt(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0; // a line number too large to be real is no hint at all
        }
    }
}
