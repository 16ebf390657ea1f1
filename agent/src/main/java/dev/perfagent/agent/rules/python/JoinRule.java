package dev.perfagent.agent.rules.python;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.datasets.Language;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string built piece by piece in a loop ({@code s = ""} right before a for/while loop whose only use of {@code s}
 * is {@code s += piece} statements) collects the pieces in a list and joins them once after the loop. Not when the
 * loop has an else clause, sits inside a try (a handler could see the string half built), or the name is global.
 */
public final class JoinRule implements Rule {

    private static final Pattern EMPTY_STRING = Pattern.compile("(?s)([A-Za-z_]\\w*)\\s*=\\s*(\"\"|'')\\s*");
    private static final Pattern LOOP = Pattern.compile("(?s)(for|while)\\b.*:\\s*");

    @Override
    public String id() {
        return "py-join";
    }

    @Override
    public String description() {
        return "collect strings built in a loop in a list and join them once";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.PYTHON);
    }

    @Override
    public Optional<String> apply(String path, String text) {
        Optional<PythonSource> parsed = PythonSource.parse(text);
        if (parsed.isEmpty()) return Optional.empty();
        PythonSource src = parsed.get();
        var lines = src.lines;
        Map<Integer, String> replaced = new HashMap<>();
        Map<Integer, String> after = new HashMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher init = EMPTY_STRING.matcher(lines.get(i).stripped());
            PythonSource.Line loop = lines.get(i + 1);
            if (!init.matches() || !LOOP.matcher(loop.stripped()).matches()
                    || !loop.indent().equals(lines.get(i).indent())) {
                continue;
            }
            String s = init.group(1);
            int end = src.blockEnd(i + 1);
            if (end < lines.size() && lines.get(end).width() == loop.width()
                    && lines.get(end).stripped().matches("(?s)else\\s*:.*")) {
                continue;
            }
            if (insideTry(src, i) || globalIn(src, i, s) || PythonText.mentions(loop.code(), s)) continue;
            String parts = freshName(text, s + "_parts");
            Pattern append = Pattern.compile("(?s)" + Pattern.quote(s) + "\\s*\\+=\\s*(.+)");
            Map<Integer, String> here = new HashMap<>();
            boolean ok = true;
            for (int k = i + 2; k < end && ok; k++) {
                PythonSource.Line l = lines.get(k);
                if (!PythonText.mentions(l.code(), s)) continue;
                Matcher a = append.matcher(l.stripped());
                if (!a.matches() || PythonText.mentions(a.group(1), s)) {
                    ok = false;
                    continue;
                }
                String original = src.original(l);
                if (l.indent().length() + l.code().length() != original.length()) {
                    ok = false; // a comment on the line: keep it simple and leave the loop alone
                    continue;
                }
                int at = original.indexOf(s, l.indent().length());
                int plus = original.indexOf("+=", at);
                String piece = original.substring(plus + 2).strip();
                here.put(k, l.indent() + parts + ".append(" + piece + ")");
            }
            if (!ok || here.isEmpty()) continue;
            replaced.put(i, lines.get(i).indent() + parts + " = []");
            replaced.putAll(here);
            after.put(end - 1, lines.get(i).indent() + s + " = \"\".join(" + parts + ")");
        }
        if (replaced.isEmpty()) return Optional.empty();
        return Optional.of(src.rebuild(replaced, after));
    }

    private static boolean insideTry(PythonSource src, int index) {
        int width = src.lines.get(index).width();
        for (int i = index - 1; i >= 0; i--) {
            PythonSource.Line l = src.lines.get(i);
            if (l.width() < width) {
                String st = l.stripped();
                if (st.matches("(?s)try\\s*:.*")) return true;
                if (st.matches("(?s)(async\\s+)?def\\b.*")) return false;
                width = l.width();
            }
        }
        return false;
    }

    static boolean globalIn(PythonSource src, int index, String name) {
        int[] scope = src.scope(index);
        for (int k = scope[0]; k < scope[1]; k++) {
            String st = src.lines.get(k).stripped();
            if (st.matches("(?s)(global|nonlocal)\\b.*") && PythonText.mentions(st, name)) return true;
        }
        return false;
    }

    static String freshName(String text, String base) {
        String name = base;
        for (int i = 2; Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)").matcher(text).find(); i++) {
            name = base + i;
        }
        return name;
    }
}
