package dev.perfagent.agent.rules.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Python file cut into logical lines (a statement over several physical lines, in brackets or after a backslash,
 * is one), each with its indentation and its code with string contents and comments blanked out, so the text rules
 * can match statements without being fooled by what is inside a string.
 */
final class PythonSource {

    /** One logical line: physical lines [first, last], its indentation, and its masked code (newlines kept). */
    record Line(int first, int last, String indent, String code) {
        String stripped() {
            return code.strip();
        }

        int width() {
            return indent.replace("\t", "        ").length();
        }
    }

    final String text;
    final List<String> physical;
    final List<Line> lines = new ArrayList<>();

    private PythonSource(String text) {
        this.text = text;
        this.physical = List.of(text.split("\n", -1));
    }

    /** Empty when the file cannot be cut into lines safely (an unterminated string or bracket). */
    static Optional<PythonSource> parse(String text) {
        PythonSource s = new PythonSource(text);
        return s.cut() ? Optional.of(s) : Optional.empty();
    }

    private boolean cut() {
        StringBuilder masked = new StringBuilder();
        int depth = 0;
        int lineNo = 0;
        int first = -1;
        String quote = null; // the open string's delimiter
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (first < 0 && quote == null && depth == 0) {
                if (c == '\n') { lineNo++; continue; }
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f') continue;
                if (c == '#') { // comment-only line
                    while (i < n && text.charAt(i) != '\n') i++;
                    lineNo++;
                    continue;
                }
                first = lineNo;
                masked.setLength(0);
            }
            if (quote != null) {
                if (c == '\\' && i + 1 < n) {
                    masked.append("  ");
                    if (text.charAt(i + 1) == '\n') { masked.setCharAt(masked.length() - 1, '\n'); lineNo++; }
                    i++;
                } else if (text.startsWith(quote, i)) {
                    masked.append(quote);
                    i += quote.length() - 1;
                    quote = null;
                } else {
                    if (c == '\n') {
                        if (quote.length() == 1) return false;
                        lineNo++;
                    }
                    masked.append(c == '\n' ? '\n' : ' ');
                }
                continue;
            }
            if (c == '#') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                masked.append(quote);
                i += quote.length() - 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') depth--;
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '\n') {
                masked.append(" \n");
                i++;
                lineNo++;
                continue;
            }
            if (c == '\n' || i == n - 1) {
                if (c != '\n') masked.append(c);
                if (depth == 0) {
                    String code = masked.toString().replace("\r", "");
                    String line = physical.get(first);
                    int k = 0;
                    while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) k++;
                    lines.add(new Line(first, lineNo, line.substring(0, k), code));
                    first = -1;
                }
                if (c == '\n') { masked.append('\n'); lineNo++; }
                continue;
            }
            masked.append(c);
        }
        return quote == null && depth == 0 && first < 0;
    }

    /** Index in {@link #lines} just past the block that {@code header} (a line ending in ':') opens. */
    int blockEnd(int header) {
        int width = lines.get(header).width();
        int i = header + 1;
        while (i < lines.size() && lines.get(i).width() > width) i++;
        return i;
    }

    /** The index of the innermost 'def' whose block holds line {@code index}, or -1 at module level. */
    int enclosingDef(int index) {
        int width = lines.get(index).width();
        for (int i = index - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.width() < width) {
                if (l.stripped().matches("(?s)(async\\s+)?def\\b.*")) return i;
                width = l.width();
            }
        }
        return -1;
    }

    /** Line indices of the scope that line {@code index} belongs to: its function's block, or the whole file. */
    int[] scope(int index) {
        int def = enclosingDef(index);
        return def < 0 ? new int[]{0, lines.size()} : new int[]{def + 1, blockEnd(def)};
    }

    /** True when line {@code index} runs inside a for/while loop of its scope. */
    boolean inLoop(int index) {
        int width = lines.get(index).width();
        for (int i = index - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.width() < width) {
                String s = l.stripped();
                if (s.matches("(?s)(async\\s+)?(for|while)\\b.*")) return true;
                if (s.matches("(?s)(async\\s+)?def\\b.*|class\\b.*")) return false;
                width = l.width();
            }
        }
        return false;
    }

    /** The original text of physical lines [first, last] of line {@code index}, joined with newlines. */
    String original(Line l) {
        return String.join("\n", physical.subList(l.first, l.last + 1));
    }

    /** Rebuilds the file with lines replaced: index in {@link #lines} → replacement physical text (null: keep). */
    String rebuild(java.util.Map<Integer, String> replaced, java.util.Map<Integer, String> insertedAfter) {
        StringBuilder out = new StringBuilder();
        int physicalAt = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            while (physicalAt < l.first) out.append(physical.get(physicalAt++)).append('\n');
            String r = replaced.get(i);
            out.append(r != null ? r : original(l)).append('\n');
            physicalAt = l.last + 1;
            String ins = insertedAfter.get(i);
            if (ins != null) out.append(ins).append('\n');
        }
        while (physicalAt < physical.size()) {
            out.append(physical.get(physicalAt++));
            if (physicalAt < physical.size()) out.append('\n');
        }
        String s = out.toString();
        // the loop above adds a newline after the last logical line even if the file had none
        if (!text.endsWith("\n") && s.endsWith("\n") && physicalAt == physical.size()) s = s.substring(0, s.length() - 1);
        return s;
    }
}
