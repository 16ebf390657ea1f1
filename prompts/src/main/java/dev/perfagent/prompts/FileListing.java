package dev.perfagent.prompts;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files as a model should see them: the path on its own line, then the content in a fence. That is the same shape the
 * model is asked to answer in, so it copies paths exactly. The fence is longer than any run of backticks in the
 * content, so a file holding markdown cannot end the block early.
 */
public final class FileListing {
    private FileListing() {
    }

    public static String of(Map<String, String> files) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            String content = e.getValue().replace("\r\n", "\n");
            String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
            if (!b.isEmpty()) b.append('\n');
            b.append(e.getKey()).append('\n').append(fence).append(language(e.getKey())).append('\n').append(content);
            if (!content.endsWith("\n")) b.append('\n');
            b.append(fence).append('\n');
        }
        return b.toString();
    }

    /** The fence's language tag for a file name, empty when unknown (highlighting only; nothing depends on it). */
    static String language(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        int dot = p.lastIndexOf('.');
        String ext = dot < 0 ? "" : p.substring(dot + 1);
        return switch (ext) {
            case "java" -> "java";
            case "py", "pyx" -> "python";
            case "c", "h" -> "c";
            case "cc", "cpp", "cxx", "hh", "hpp", "hxx" -> "cpp";
            case "cu", "cuh" -> "cuda";
            case "kt" -> "kotlin";
            case "rs" -> "rust";
            case "go" -> "go";
            case "js" -> "javascript";
            case "ts" -> "typescript";
            default -> "";
        };
    }

    private static int longestBacktickRun(String s) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
