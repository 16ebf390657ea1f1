package dev.perfagent.agent.rules.cpp;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free function's container or string parameter taken by value ({@code std::vector<int> v}) that the body only
 * reads becomes {@code const std::vector<int>& v}: no copy per call. Reading means const member calls (size, begin,
 * find, ...), element reads ({@code v[i]} not assigned), const range-for, comparisons, stream output and iterator
 * arithmetic, and begin/end passed only to algorithms that do not write. Anything else (a call passing {@code v} on,
 * a mutating member, {@code std::move}, an address taken), a separate prototype, or the function used other than by
 * calling it: no change.
 */
public final class ConstRefParameterRule implements Rule {

    private static final Pattern FUNCTION = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(");
    private static final Set<String> NOT_FUNCTIONS = Set.of("if", "for", "while", "switch", "catch", "return",
            "sizeof", "decltype", "alignof", "static_assert", "main", "operator", "defined", "new", "delete");
    private static final Pattern PARAM = Pattern.compile(
            "\\s*((?:std\\s*::\\s*)?(vector|string|map|set|unordered_map|unordered_set|multimap|multiset|deque|list"
                    + "|basic_string|wstring)\\b(?:\\s*<.*>)?)\\s+([A-Za-z_]\\w*)\\s*", Pattern.DOTALL);
    private static final Set<String> CONST_METHODS = Set.of("size", "empty", "length", "find", "count", "contains",
            "substr", "c_str", "compare", "lower_bound", "upper_bound", "equal_range", "capacity", "max_size",
            "starts_with", "ends_with", "find_first_of", "find_last_of", "find_first_not_of", "find_last_not_of", "rfind",
            "at", "front", "back");
    private static final Set<String> ITERATORS = Set.of("begin", "end", "cbegin", "cend", "rbegin", "rend", "crbegin", "crend");
    private static final Set<String> ITERATOR_LOOKUPS = Set.of("find", "lower_bound", "upper_bound", "equal_range");
    private static final Set<String> READING_ALGORITHMS = Set.of("lower_bound", "upper_bound", "binary_search",
            "equal_range", "find", "find_if", "find_if_not", "count", "count_if", "accumulate", "max_element",
            "min_element", "minmax_element", "all_of", "any_of", "none_of", "distance", "equal", "is_sorted",
            "mismatch", "search", "adjacent_find", "inner_product", "string", "vector", "set", "unordered_set",
            "includes", "lexicographical_compare", "reduce");
    private static final Pattern ASSIGNED_AFTER = Pattern.compile("\\s*(=(?!=)|\\+=|-=|\\*=|/=|%=|&=|\\|=|\\^=|<<=|>>=|\\+\\+|--|\\.|->)");

    @Override
    public String id() {
        return "cpp-const-ref";
    }

    @Override
    public String description() {
        return "pass containers and strings that a function only reads by const reference instead of by value";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CPP);
    }

    @Override
    public Optional<String> apply(String path, String source) {
        CppText t = new CppText(source);
        boolean std = t.usesStdNamespace();
        SourceEdits edits = new SourceEdits(source);
        Matcher f = FUNCTION.matcher(t.code);
        while (f.find()) {
            String name = f.group(1);
            if (NOT_FUNCTIONS.contains(name) || t.depthAt(f.start()) != 0) continue;
            int open = f.end() - 1;
            OptionalInt close = t.closing(open);
            if (close.isEmpty()) continue;
            int body = skipQualifiers(t.code, close.getAsInt() + 1);
            if (body >= t.code.length() || t.code.charAt(body) != '{') continue;
            OptionalInt bodyEnd = t.closing(body);
            if (bodyEnd.isEmpty() || !onlyCalled(t, name, f.start())) continue;
            String bodyCode = t.code.substring(body, bodyEnd.getAsInt() + 1);
            int at = open + 1;
            for (String param : splitTopLevel(t.code.substring(open + 1, close.getAsInt()))) {
                Matcher p = PARAM.matcher(param);
                if (p.matches() && (std || p.group(1).startsWith("std"))
                        && !param.contains("&") && !param.contains("*") && !param.contains("=")
                        && !Pattern.compile("\\bconst\\b").matcher(param).find()
                        && onlyRead(bodyCode, p.group(3), p.group(2).matches("string|basic_string|wstring"))) {
                    edits.insert(at + p.start(1), "const ");
                    edits.replace(at + p.end(1), at + p.start(3), "& ");
                }
                at += param.length() + 1;
            }
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.apply());
    }

    private static int skipQualifiers(String code, int i) {
        while (true) {
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
            if (code.startsWith("noexcept", i)) i += "noexcept".length();
            else return i;
        }
    }

    /** Every other mention of the function is a call, none of them a prototype at file scope. */
    private static boolean onlyCalled(CppText t, String name, int definition) {
        Matcher m = Pattern.compile("(?<![\\w:.>])" + Pattern.quote(name) + "\\b").matcher(t.code);
        while (m.find()) {
            if (m.start() == definition) continue;
            int i = m.end();
            while (i < t.code.length() && Character.isWhitespace(t.code.charAt(i))) i++;
            if (i >= t.code.length() || t.code.charAt(i) != '(') return false;
            if (t.depthAt(m.start()) == 0) return false; // a declaration or another definition (an overload)
        }
        return true;
    }

    private static List<String> splitTopLevel(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') depth++;
            else if (c == '>' || c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 0) {
                out.add(params.substring(start, i));
                start = i + 1;
            }
        }
        out.add(params.substring(start));
        return out;
    }

    /** Every use of {@code name} in the body only reads it. */
    static boolean onlyRead(String body, String name, boolean isString) {
        Matcher m = Pattern.compile("(?<![\\w.>:])" + Pattern.quote(name) + "\\b").matcher(body);
        int uses = 0;
        while (m.find()) {
            uses++;
            if (!readUse(body, m.start(), m.end(), isString)) return false;
        }
        return uses > 0;
    }

    private static boolean readUse(String body, int start, int end, boolean isString) {
        String before = body.substring(0, start).stripTrailing();
        String after = body.substring(end);
        if (before.endsWith("&") && !before.endsWith("&&") || before.endsWith("++") || before.endsWith("--")) return false;
        Matcher member = Pattern.compile("^\\s*\\.\\s*(\\w+)\\s*\\(").matcher(after);
        if (member.find()) {
            String method = member.group(1);
            int callClose = closeParen(after, member.end() - 1);
            if (callClose < 0) return false;
            // a container's find() and bounds give iterators: only where they are compared or subtracted
            boolean iterator = ITERATORS.contains(method) || !isString && ITERATOR_LOOKUPS.contains(method);
            if (iterator) return iteratorRead(before, after.substring(callClose + 1));
            if (!CONST_METHODS.contains(method)) return false;
            return !ASSIGNED_AFTER.matcher(after.substring(callClose + 1)).lookingAt()
                    || after.substring(callClose + 1).stripLeading().startsWith(".") && !method.matches("at|front|back");
        }
        if (after.stripLeading().startsWith("[")) {
            int open = after.indexOf('[');
            int close = closeBracket(after, open);
            return close >= 0 && !ASSIGNED_AFTER.matcher(after.substring(close + 1)).lookingAt();
        }
        if (Pattern.compile("for\\s*\\(\\s*(const\\s+[^:;&]*&?|[^:;&]*)\\s*\\w+\\s*:\\s*$").matcher(before).find()
                && after.stripLeading().startsWith(")")) {
            return true;
        }
        String a = after.stripLeading();
        if (before.endsWith("<<") && !a.startsWith("<<=")) return !a.startsWith("=") && !a.startsWith(".");
        if (a.matches("(?s)^(==|!=|<=|>=|<(?!<)|>(?!>)|\\+(?![+=])).*")) return true;
        return before.matches("(?s).*(==|!=|<=|>=|[^<]<|[^>-]>|[^+]\\+)$") && a.matches("(?s)^[;),].*");
    }

    /** begin()/end() read only: in iterator arithmetic or comparison, or as arguments of algorithms that do not write. */
    private static boolean iteratorRead(String before, String afterCall) {
        String a = afterCall.stripLeading();
        if (before.endsWith("-") || a.startsWith("-") && !a.startsWith("--") || before.endsWith("==") || before.endsWith("!=")
                || a.startsWith("==") || a.startsWith("!=")) {
            return true;
        }
        int depth = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) {
                Matcher callee = Pattern.compile("(\\w+)\\s*(<[^<>]*>)?\\s*$").matcher(before.substring(0, i));
                return callee.find() && READING_ALGORITHMS.contains(callee.group(1));
            } else if (c == ';' || c == '{' || c == '}') return false;
        }
        return false;
    }

    private static int closeParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static int closeBracket(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '[') depth++;
            else if (s.charAt(i) == ']' && --depth == 0) return i;
        }
        return -1;
    }
}
