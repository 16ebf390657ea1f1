package dev.perfagent.agent.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a path as a model wrote it into one of the task's paths. Models write {@code a/src/Main.java} (diff
 * prefixes), {@code ./Main.java}, {@code Main.java} for {@code src/Main.java}, or an absolute path ending in the
 * right one; each of those resolves when exactly one known file fits. A path that fits no known file is kept (cleaned)
 * so the caller can report or reject it rather than drop it.
 */
public final class EditPaths {
    private EditPaths() {
    }

    /** Backslashes to slashes, no surrounding quotes or backticks, no leading {@code ./} or {@code /}. */
    public static String clean(String raw) {
        if (raw == null) return "";
        String p = raw.strip();
        while (p.length() >= 2 && isQuote(p.charAt(0)) && p.charAt(p.length() - 1) == p.charAt(0)) {
            p = p.substring(1, p.length() - 1).strip();
        }
        p = p.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        return p;
    }

    /** The known path {@code raw} means, or {@code raw} cleaned (and without a diff prefix) when none fits. */
    public static String resolve(String raw, Collection<String> known) {
        String p = clean(raw);
        if (p.isEmpty() || known.contains(p)) return p;
        String unprefixed = p.startsWith("a/") || p.startsWith("b/") ? p.substring(2) : p;
        if (known.contains(unprefixed)) return unprefixed;
        String rooted = p.replaceFirst("^/+", "");
        if (known.contains(rooted)) return rooted;
        // a longer path ending in a known one (/work/repo/src/Main.java), or a shorter one a known path ends in
        List<String> fits = new ArrayList<>();
        for (String k : known) {
            if (p.endsWith("/" + k) || k.endsWith("/" + unprefixed)) fits.add(k);
        }
        return fits.size() == 1 ? fits.get(0) : unprefixed;
    }

    private static boolean isQuote(char c) {
        return c == '`' || c == '"' || c == '\'';
    }
}
