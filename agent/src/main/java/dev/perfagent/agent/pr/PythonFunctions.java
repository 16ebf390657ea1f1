package dev.perfagent.agent.pr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python functions found by indentation: a {@code def} runs until the next non-blank line indented no deeper than
 * it. Good enough to name what a hunk touched without a Python parser in a Java process; top-level functions and
 * methods ({@code Class.method}), the outermost {@code def} around a change.
 */
final class PythonFunctions {
    private static final Pattern BLOCK = Pattern.compile("^(\\s*)(?:async\\s+)?(def|class)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private PythonFunctions() {
    }

    private record Open(int indent, String kind, String name, int first) {
    }

    static List<ChangedCode> changed(String path, String text, List<LineRange> hunks) {
        String[] lines = text.split("\n", -1);
        List<ChangedCode> out = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int lastCode = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean end = i == lines.length;
            if (!end && (line.isBlank() || line.stripLeading().startsWith("#"))) continue;
            int indent = end ? -1 : line.length() - line.stripLeading().length();
            while (!open.isEmpty() && open.peek().indent() >= indent) {
                Open o = open.pop();
                boolean outermostDef = o.kind().equals("def") && open.stream().noneMatch(x -> x.kind().equals("def"));
                if (outermostDef) {
                    LineRange r = new LineRange(o.first(), Math.max(o.first(), lastCode));
                    int changed = ChangedCodeFinder.overlap(r, hunks);
                    if (changed > 0) out.add(new ChangedCode(path, qualified(open, o.name()), r, changed));
                }
            }
            if (end) break;
            Matcher m = BLOCK.matcher(line);
            if (m.find()) open.push(new Open(indent, m.group(2), m.group(3), i + 1));
            lastCode = i + 1;
        }
        out.sort((a, b) -> Integer.compare(a.lines().first(), b.lines().first()));
        return out;
    }

    private static String qualified(Deque<Open> enclosing, String name) {
        StringBuilder b = new StringBuilder();
        var it = enclosing.descendingIterator();
        while (it.hasNext()) b.append(it.next().name()).append('.');
        return b.append(name).toString();
    }
}
