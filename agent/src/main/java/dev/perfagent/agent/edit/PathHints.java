package dev.perfagent.agent.edit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the file names models put before their blocks: {@code Main.java} on its own line, {@code `src/Main.java`},
 * {@code **src/Main.java**}, {@code ### src/Main.java}, {@code File: src/Main.java}, a prose line ending in a colon that
 * names one ({@code Here is the new `Main.java`:}), or a fence's info string ({@code ```java Main.java},
 * {@code ```Main.java}, {@code ```java title="Main.java"}, {@code ```java:src/Main.java}). Deliberately strict about
 * what a path looks like (a slash, or an extension starting with a letter, and no spaces), so that prose such as
 * "e.g." or "1.34x" is never taken for a file.
 */
final class PathHints {
    private PathHints() {
    }

    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_+@\\-./\\\\]+");
    private static final Pattern EXTENSION = Pattern.compile(".*[^./\\\\]\\.[A-Za-z][A-Za-z0-9_+\\-]{0,11}");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:file ?name|file ?path|file|path)\\s*:\\s*");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\s]+)`");
    private static final int MAX_LENGTH = 260;

    /** The path a line names when the whole line is a (decorated) path, or a prose line ending in ':' names one. */
    static Optional<String> fromLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH * 2) return Optional.empty();
        s = s.replaceFirst("^#{1,6}\\s*", "");
        s = LABEL.matcher(s).replaceFirst("");
        String bare = unwrap(s);
        if (looksLikePath(bare)) return Optional.of(EditPaths.clean(bare));
        if (s.endsWith(":")) return fromProse(s);
        return Optional.empty();
    }

    /** The path in a fence's info string, if it names one (the language alone names none). */
    static Optional<String> fromInfo(String info) {
        String s = info.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH * 2) return Optional.empty();
        for (String token : s.split("[\\s:]+")) {
            String value = token.contains("=") ? token.substring(token.indexOf('=') + 1) : token;
            value = unwrap(value);
            if (looksLikePath(value)) return Optional.of(EditPaths.clean(value));
        }
        return Optional.empty();
    }

    /** In "Here is the updated `src/Main.java`:" the last backticked path, else the last path-like word. */
    private static Optional<String> fromProse(String s) {
        String candidate = null;
        Matcher m = BACKTICKED.matcher(s);
        while (m.find()) if (looksLikeSourceFile(m.group(1))) candidate = m.group(1);
        if (candidate == null) {
            for (String word : s.substring(0, s.length() - 1).split("\\s+")) {
                String w = unwrap(word.replaceAll("[,;]+$", ""));
                if (looksLikeSourceFile(w)) candidate = w;
            }
        }
        return Optional.ofNullable(candidate).map(EditPaths::clean);
    }

    /** Strips markdown emphasis, backticks, quotes and a trailing colon around a single token. */
    private static String unwrap(String s) {
        String t = s.strip();
        String before;
        do {
            before = t;
            if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
            for (String mark : new String[]{"**", "__", "*", "_", "`", "\"", "'"}) {
                if (t.length() >= 2 * mark.length() && t.startsWith(mark) && t.endsWith(mark)) {
                    t = t.substring(mark.length(), t.length() - mark.length()).strip();
                }
            }
        } while (!t.equals(before));
        return t;
    }

    /**
     * Prose names methods too ("the hot spot is `Pattern.compile`:"), so a path taken from prose must end in an
     * extension that source and build files have.
     */
    private static boolean looksLikeSourceFile(String s) {
        if (!looksLikePath(s)) return false;
        int dot = s.lastIndexOf('.');
        return dot >= 0 && SOURCE_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SOURCE_EXTENSIONS = Set.of(
            "java", "kt", "scala", "groovy", "py", "pyx", "pxd", "c", "h", "cc", "cpp", "cxx", "hh", "hpp", "hxx",
            "cu", "cuh", "rs", "go", "js", "mjs", "ts", "rb", "cs", "swift", "sh", "sql", "xml", "json", "yaml", "yml",
            "toml", "txt", "md", "gradle", "properties", "cfg", "ini", "mk", "cmake", "in", "out");

    static boolean looksLikePath(String s) {
        if (s.isEmpty() || s.length() > MAX_LENGTH || !PATH.matcher(s).matches()) return false;
        if (s.startsWith("-") || s.startsWith("+") || s.startsWith("@")) return false;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http") || lower.endsWith(".")) return false;
        return EXTENSION.matcher(s).matches() || (s.indexOf('/') > 0 && !s.endsWith("/") && Character.isLetter(s.charAt(s.length() - 1)));
    }
}
