package dev.perfagent.evaluators;

/** Short, readable slices of long text (compiler errors, stderr) for verdict reasons and reports. */
public final class Excerpt {
    private Excerpt() {
    }

    /**
     * Without the line every JVM prints to stderr when JAVA_TOOL_OPTIONS is set (repository commands size JVMs to the
     * memory limit through it): it is never the error, and it would hide the one on stdout.
     */
    public static String withoutJvmNotes(String text) {
        if (!text.contains("Picked up JAVA_TOOL_OPTIONS")) return text;
        return String.join("\n", text.lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS")).toList());
    }

    /** The first {@code maxLines} non-blank lines, at most {@code maxChars} characters. */
    public static String head(String text, int maxLines, int maxChars) {
        text = withoutJvmNotes(text);
        StringBuilder out = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            if (lines == maxLines || out.length() + line.length() > maxChars) {
                out.append("…");
                break;
            }
            out.append(line).append('\n');
            lines++;
        }
        return out.toString().stripTrailing();
    }

    /** The first line that looks like an error, else the first non-blank line; for one-line reasons. */
    public static String firstError(String text) {
        text = withoutJvmNotes(text);
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.contains("error") || l.contains("Error") || l.contains("Exception")) return clip(l, 160);
        }
        for (String line : text.split("\n")) if (!line.isBlank()) return clip(line.strip(), 160);
        return "";
    }

    public static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
