package dev.perfagent.prompts;

/** Cutting long text down for a prompt, saying how much was cut so the model knows it is not seeing everything. */
final class Trim {
    private Trim() {
    }

    /** At most {@code maxLines} lines and {@code maxChars} characters, with a note of what was left out. */
    static String head(String text, int maxLines, int maxChars) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.isEmpty()) return "";
        String[] lines = t.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        while (shown < lines.length && shown < maxLines) {
            String line = lines[shown];
            if (out.length() + line.length() + 1 > maxChars) {
                if (shown == 0) out.append(line, 0, Math.max(0, maxChars)).append('…');
                break;
            }
            out.append(line).append('\n');
            shown++;
        }
        if (shown == 0 && lines.length == 1) return out.toString();
        int left = lines.length - shown;
        if (shown == 0) left--;
        if (left > 0) out.append(out.isEmpty() || out.charAt(out.length() - 1) == '\n' ? "" : "\n")
                .append("… (").append(left).append(left == 1 ? " more line)" : " more lines)");
        return out.toString().stripTrailing();
    }

    /** One line cut to {@code max} characters. */
    static String line(String line, int max) {
        String s = line == null ? "" : line.stripTrailing();
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** The whole text cut to {@code max} characters at a line boundary where possible. */
    static String total(String text, int max) {
        if (text.length() <= max) return text;
        String cut = text.substring(0, max);
        int newline = cut.lastIndexOf('\n');
        if (newline > max / 2) cut = cut.substring(0, newline);
        return cut + "\n… (feedback cut to " + max + " characters)";
    }
}
