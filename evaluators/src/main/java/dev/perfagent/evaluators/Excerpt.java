package dev.perfagent.evaluators;

/** Short, readable slices of long text (compiler errors, stderr) for verdict reasons and reports. */
public final class Excerpt {
    private Excerpt() {
    }

    /** The first {@code maxLines} non-blank lines, at most {@code maxChars} characters. */
    public static String head(String text, int maxLines, int maxChars) {
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
