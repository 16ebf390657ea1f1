package dev.perfagent.agent.rules.python;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.datasets.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Membership tests on a list ({@code if x in seen}) inside a loop scan the whole list each time. When the list is
 * only tested with {@code in}/{@code not in} and grown with {@code .append(x)} statements, it becomes a set
 * ({@code .add}); when it is also read in order (iterated, indexed, sliced, printed, measured) it keeps its order and
 * gets a companion set, added to beside every append and asked instead of the list. A list that is mutated any other
 * way, passed to a function, rebound, or global is left alone; so is one measured with {@code len} whose appends are
 * not guarded by a not-in test (a set would drop the duplicates). Elements must be hashable (a TypeError otherwise,
 * which the evaluator reports).
 */
public final class MembershipSetRule implements Rule {

    private static final Pattern LIST_INIT = Pattern.compile("(?s)([A-Za-z_]\\w*)\\s*=\\s*(\\[\\s*]|list\\(\\s*\\))\\s*");
    private static final Pattern ORDERED_READERS = Pattern.compile(
            "(?s).*(?<![\\w.])(len|sorted|sum|min|max|any|all|tuple|list|set|enumerate|reversed|zip|print|str|repr)\\s*\\(\\s*$"
                    + "|(?s).*\\.\\s*join\\s*\\(\\s*$");
    private static final Pattern SIMPLE_VALUE = Pattern.compile("[\\w\\s,()'\"]*");

    @Override
    public String id() {
        return "py-membership-set";
    }

    @Override
    public String description() {
        return "test membership in a set instead of scanning a list";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.PYTHON);
    }

    private enum Use { MEMBERSHIP, APPEND, LEN, ORDERED }

    private record Occurrence(int line, int start, int end, Use use) {
    }

    @Override
    public Optional<String> apply(String path, String text) {
        Optional<PythonSource> parsed = PythonSource.parse(text);
        if (parsed.isEmpty()) return Optional.empty();
        PythonSource src = parsed.get();
        Map<Integer, String> replaced = new HashMap<>();
        Map<Integer, String> inserted = new HashMap<>();
        for (int i = 0; i < src.lines.size(); i++) {
            Matcher init = LIST_INIT.matcher(src.lines.get(i).stripped());
            if (!init.matches()) continue;
            String name = init.group(1);
            if (JoinRule.globalIn(src, i, name)) continue;
            Optional<List<Occurrence>> uses = uses(src, i, name);
            if (uses.isEmpty()) continue;
            List<Occurrence> all = uses.get();
            if (all.stream().noneMatch(o -> o.use == Use.MEMBERSHIP && src.inLoop(o.line))) continue;
            boolean ordered = all.stream().anyMatch(o -> o.use == Use.ORDERED);
            boolean measured = all.stream().anyMatch(o -> o.use == Use.LEN);
            boolean guarded = all.stream().filter(o -> o.use == Use.APPEND).allMatch(o -> guarded(src, o.line, name));
            Map<Integer, String> here = ordered || measured && !guarded
                    ? companion(src, i, name, all, text, inserted)
                    : toSet(src, i, name, all);
            if (here == null) continue;
            if (here.keySet().stream().anyMatch(replaced::containsKey)) continue;
            replaced.putAll(here);
        }
        if (replaced.isEmpty()) return Optional.empty();
        return Optional.of(src.rebuild(replaced, inserted));
    }

    /** Every mention of {@code name} in its scope, classified; empty if one of them is not understood. */
    private Optional<List<Occurrence>> uses(PythonSource src, int initLine, String name) {
        int[] scope = src.scope(initLine);
        List<Occurrence> out = new ArrayList<>();
        Pattern mention = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)");
        for (int k = scope[0]; k < scope[1]; k++) {
            if (k == initLine) continue;
            PythonSource.Line l = src.lines.get(k);
            String code = l.code();
            Matcher m = mention.matcher(code);
            while (m.find()) {
                String before = code.substring(0, m.start());
                String after = code.substring(m.end());
                Use use = classify(l, before, after, name);
                if (use == null) return Optional.empty();
                out.add(new Occurrence(k, m.start(), m.end(), use));
            }
        }
        return Optional.of(out);
    }

    private static Use classify(PythonSource.Line l, String before, String after, String name) {
        boolean endsExpression = after.matches("(?s)\\s*(:|\\)|,|]|}|and\\b|or\\b|if\\b|else\\b|for\\b|$).*");
        Matcher in = Pattern.compile("(?s).*?\\b(not\\s+)?in\\s*$").matcher(before);
        if (in.matches()) {
            int lastFor = lastKeyword(before, "for");
            boolean iteration = lastFor >= 0 && countKeyword(before.substring(lastFor), "in") == 1;
            if (iteration) return endsExpression ? Use.ORDERED : null;
            return endsExpression ? Use.MEMBERSHIP : null;
        }
        String stmt = l.stripped();
        if (before.isBlank() && stmt.matches("(?s)" + Pattern.quote(name) + "\\s*\\.\\s*append\\s*\\(.*\\)\\s*")
                && after.matches("(?s)\\s*\\.\\s*append\\s*\\(.*")) {
            return Use.APPEND;
        }
        if (before.matches("(?s).*(?<![\\w.])len\\s*\\(\\s*$") && after.matches("(?s)\\s*\\).*")) return Use.LEN;
        if (after.matches("(?s)\\s*\\.\\s*(sort|reverse|index|count|copy)\\s*\\(.*")) return Use.ORDERED;
        if (after.matches("(?s)\\s*\\[.*")) {
            // indexed or sliced: a read unless it is assigned to or deleted
            int close = closing(after, after.indexOf('['));
            if (close < 0) return null;
            String rest = after.substring(close + 1);
            if (rest.matches("(?s)\\s*(=(?!=)|[-+*/%&|^@]=|//=|\\*\\*=|<<=|>>=).*") || before.matches("(?s).*\\bdel\\s*$")) {
                return null;
            }
            return Use.ORDERED;
        }
        if (ORDERED_READERS.matcher(before).matches() && endsExpression) return Use.ORDERED;
        return null;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '[') depth++;
            else if (s.charAt(i) == ']' && --depth == 0) return i;
        }
        return -1;
    }

    private static int lastKeyword(String s, String keyword) {
        Matcher m = Pattern.compile("(?<![\\w.])" + keyword + "(?!\\w)").matcher(s);
        int last = -1;
        while (m.find()) last = m.start();
        return last;
    }

    private static int countKeyword(String s, String keyword) {
        Matcher m = Pattern.compile("(?<![\\w.])" + keyword + "(?!\\w)").matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The append at {@code line} runs only when its value is not in the list yet (if x not in l: / else of if x in l:). */
    private static boolean guarded(PythonSource src, int line, String name) {
        PythonSource.Line l = src.lines.get(line);
        Matcher a = Pattern.compile("(?s)" + Pattern.quote(name) + "\\s*\\.\\s*append\\s*\\((.*)\\)\\s*").matcher(l.stripped());
        if (!a.matches()) return false;
        String value = a.group(1).strip();
        int parent = parentOf(src, line);
        if (parent < 0) return false;
        String header = src.lines.get(parent).stripped();
        String q = Pattern.quote(value) + "\\s+";
        if (header.matches("(?s)if\\s+" + q + "not\\s+in\\s+" + Pattern.quote(name) + "\\s*:\\s*")) return true;
        if (header.matches("(?s)else\\s*:\\s*")) {
            int w = src.lines.get(parent).width();
            for (int k = parent - 1; k >= 0; k--) {
                PythonSource.Line p = src.lines.get(k);
                if (p.width() < w) return false;
                if (p.width() == w) {
                    return p.stripped().matches("(?s)if\\s+" + q + "in\\s+" + Pattern.quote(name) + "\\s*:\\s*");
                }
            }
        }
        return false;
    }

    private static int parentOf(PythonSource src, int line) {
        int w = src.lines.get(line).width();
        for (int k = line - 1; k >= 0; k--) if (src.lines.get(k).width() < w) return k;
        return -1;
    }

    /** The list becomes a set: {@code []} → {@code set()}, {@code .append} → {@code .add}. */
    private static Map<Integer, String> toSet(PythonSource src, int initLine, String name, List<Occurrence> uses) {
        Map<Integer, String> out = new HashMap<>();
        PythonSource.Line init = src.lines.get(initLine);
        if (!sameLength(src, init)) return null;
        out.put(initLine, init.indent() + name + " = set()");
        for (Occurrence o : uses) {
            if (o.use != Use.APPEND) continue;
            PythonSource.Line l = src.lines.get(o.line);
            if (!sameLength(src, l)) return null;
            String original = src.original(l);
            out.put(o.line, original.replaceFirst("(?<=" + Pattern.quote(name) + ")\\s*\\.\\s*append\\s*\\(", ".add("));
        }
        return out;
    }

    /** The list stays and a set beside it answers the membership tests. */
    private static Map<Integer, String> companion(PythonSource src, int initLine, String name, List<Occurrence> uses,
                                                  String text, Map<Integer, String> inserted) {
        String set = JoinRule.freshName(text, name + "_set");
        Map<Integer, String> out = new HashMap<>();
        Map<Integer, List<Occurrence>> byLine = new HashMap<>();
        for (Occurrence o : uses) byLine.computeIfAbsent(o.line, k -> new ArrayList<>()).add(o);
        Map<Integer, String> added = new HashMap<>();
        for (Map.Entry<Integer, List<Occurrence>> e : byLine.entrySet()) {
            PythonSource.Line l = src.lines.get(e.getKey());
            if (e.getValue().stream().noneMatch(o -> o.use == Use.MEMBERSHIP || o.use == Use.APPEND)) continue;
            if (!sameLength(src, l)) return null;
            String original = src.original(l);
            StringBuilder rewritten = new StringBuilder(original);
            int offset = l.indent().length();
            List<Occurrence> sorted = new ArrayList<>(e.getValue());
            sorted.sort((a, b) -> b.start - a.start);
            for (Occurrence o : sorted) {
                if (o.use == Use.MEMBERSHIP) rewritten.replace(offset + o.start, offset + o.end, set);
                if (o.use == Use.APPEND) {
                    Matcher a = Pattern.compile("(?s)" + Pattern.quote(name) + "\\s*\\.\\s*append\\s*\\((.*)\\)\\s*")
                            .matcher(l.stripped());
                    if (!a.matches() || !SIMPLE_VALUE.matcher(a.group(1)).matches() || a.group(1).contains("\n")) return null;
                    added.put(e.getKey(), l.indent() + set + ".add(" + original.strip().replaceFirst(
                            "(?s)^" + Pattern.quote(name) + "\\s*\\.\\s*append\\s*\\(", "").replaceFirst("\\)\\s*$", "") + ")");
                }
            }
            out.put(e.getKey(), rewritten.toString());
        }
        if (out.isEmpty()) return null;
        PythonSource.Line init = src.lines.get(initLine);
        if (!sameLength(src, init)) return null;
        added.put(initLine, init.indent() + set + " = set()");
        for (Integer k : added.keySet()) if (inserted.containsKey(k)) return null;
        inserted.putAll(added);
        return out;
    }

    /** No comment or line continuation on the line, so offsets in the masked code are offsets in the original. */
    private static boolean sameLength(PythonSource src, PythonSource.Line l) {
        return l.first() == l.last() && l.indent().length() + l.code().length() == src.original(l).length();
    }
}
