package dev.perfagent.agent.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of character ranges of one source text, applied together. Rules find what to change on a parsed or
 * masked view and splice the new text into the original, so everything they do not touch stays byte for byte.
 */
public final class SourceEdits {

    private record Edit(int start, int end, String text) {
    }

    private final String source;
    private final List<Edit> edits = new ArrayList<>();

    public SourceEdits(String source) {
        this.source = source;
    }

    /** Replaces {@code source[start, end)} with {@code text}. */
    public SourceEdits replace(int start, int end, String text) {
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") of " + source.length());
        }
        edits.add(new Edit(start, end, text));
        return this;
    }

    public SourceEdits insert(int at, String text) {
        return replace(at, at, text);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited text; overlapping edits are a bug in the rule and fail loudly. */
    public String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(source.length() + 64);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start < at) throw new IllegalStateException("overlapping edits at " + e.start);
            out.append(source, at, e.start).append(e.text);
            at = e.end;
        }
        return out.append(source, at, source.length()).toString();
    }
}
