package dev.perfagent.agent.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text as lines (without their newlines) plus whether it ended with a newline, so that splitting and joining gives
 * back the same text. Line endings are normalised to {@code \n} first; {@link #crlf} remembers whether to restore
 * {@code \r\n} on the way out, so a Windows file keeps its line endings when a model's edit (always {@code \n}) lands
 * in it.
 */
record TextLines(List<String> lines, boolean finalNewline, boolean crlf) {

    static TextLines of(String text) {
        boolean crlf = text.contains("\r\n");
        String t = normalise(text);
        if (t.isEmpty()) return new TextLines(List.of(), false, crlf);
        boolean finalNewline = t.endsWith("\n");
        String body = finalNewline ? t.substring(0, t.length() - 1) : t;
        return new TextLines(new ArrayList<>(Arrays.asList(body.split("\n", -1))), finalNewline, crlf);
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}. */
    static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The lines of a block of text, as edits carry them (each line ended by a newline, the last one possibly not). */
    static List<String> linesOf(String block) {
        return of(block).lines();
    }

    TextLines with(List<String> newLines) {
        // a file that ended without a newline and is now empty stays empty; otherwise keep its ending
        return new TextLines(newLines, finalNewline || lines.isEmpty(), crlf);
    }

    String text() {
        if (lines.isEmpty()) return "";
        String joined = String.join("\n", lines) + (finalNewline ? "\n" : "");
        return crlf ? joined.replace("\n", "\r\n") : joined;
    }
}
