package dev.perfagent.agent.rules.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Small text helpers shared by the Python rules. */
final class PythonText {

    private PythonText() {
    }

    /** Whether {@code code} (masked) mentions the name as a name, not as an attribute or part of another name. */
    static boolean mentions(String code, String name) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)").matcher(code).find();
    }

    /** Splits call arguments at top-level commas. */
    static List<String> splitArgs(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 0) {
                out.add(args.substring(start, i));
                start = i + 1;
            }
        }
        if (!args.substring(start).isBlank() || !out.isEmpty()) out.add(args.substring(start));
        return out;
    }

    /** Rebuilds with replacements, where a null replacement drops the line. */
    static String rebuildDropping(PythonSource src, Map<Integer, String> replaced) {
        Map<Integer, String> kept = new HashMap<>();
        List<Integer> dropped = new ArrayList<>();
        replaced.forEach((k, v) -> {
            if (v == null) dropped.add(k);
            else kept.put(k, v);
        });
        String marker = "\u0000drop\u0000";
        for (int d : dropped) kept.put(d, marker);
        String out = src.rebuild(kept, Map.of());
        return out.replace(marker + "\n", "").replace(marker, "");
    }
}
