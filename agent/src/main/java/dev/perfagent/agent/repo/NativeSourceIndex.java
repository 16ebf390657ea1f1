package dev.perfagent.agent.repo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C and C++ function definitions found by their shape (a declarator at the start of a line, its body's brace
 * matched), without a compiler: good enough to trace perf's demangled frames ({@code WordIndex::add(std::string
 * const&)}, {@code count_words}) to a file and line range. The shapes real C code uses are covered: the return type
 * on the line before the name, {@code (} on the line after it, {@code static}/{@code inline}, macros in the return
 * type ({@code LOCAL(int)}) and a macro standing for the parameter list ({@code name MACRO_PARAMS} or
 * {@code name OF((int a))}). Only files the build compiles, and what they include, are indexed
 * ({@link CompiledSources}): a function in an {@code #include}d {@code .c} file belongs to the file that defines it.
 */
public final class NativeSourceIndex implements SourceIndex {
    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^[ \\t]*(?:template\\s*<[^>]*>\\s*)?"
                    // the return type and specifiers, a macro with arguments among them, on this line or the ones before the name
                    // (token and separator characters disjoint, and possessive, so a miss fails fast instead of backtracking)
                    + "(?:(?:[A-Za-z_]\\w*+\\s*+\\([^;{}()]*+\\)|[\\w:<>,~\\[\\]]++)[\\s*&]++)*?"
                    + "([~A-Za-z_]\\w*(?:::[~\\w]+)*)\\s*"
                    // the parameters in parentheses, or a macro that stands for them (with its own arguments, if any)
                    + "(?:\\(([^;{}()]*+(?:\\([^()]*+\\)[^;{}()]*+)*+)\\)|[A-Z][A-Z0-9_]*+(?:\\s*\\(\\([^;{}]*\\)\\))?)"
                    + "\\s*(?:const\\s*)?(?:noexcept\\s*)?(?:override\\s*)?\\{");
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "return", "sizeof", "catch", "else", "do",
            "struct", "union", "enum", "class", "namespace", "extern", "typedef");

    private final List<SourceMethod> methods = new ArrayList<>();

    public static NativeSourceIndex of(Path root, List<String> files) {
        NativeSourceIndex index = new NativeSourceIndex();
        for (String rel : CompiledSources.of(root, files)) index.add(rel, RepoFiles.read(root.resolve(rel)));
        return index;
    }

    private void add(String file, String text) {
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String qualified = m.group(1);
            String name = qualified.substring(qualified.lastIndexOf(':') + 1);
            if (KEYWORDS.contains(name)) continue;
            int open = m.end() - 1;
            int close = matchingBrace(text, open);
            if (close < 0) continue;
            String body = text.substring(open, close + 1);
            LinkedHashSet<String> calls = new LinkedHashSet<>();
            Matcher c = CALL.matcher(body);
            while (c.find()) if (!KEYWORDS.contains(c.group(1))) calls.add(c.group(1));
            String owner = qualified.contains("::") ? qualified.substring(0, qualified.lastIndexOf("::")) : file;
            String signature = text.substring(m.start(), open).strip().replaceAll("\\s+", " ");
            methods.add(new SourceMethod(qualified, owner, name, signature, file, line(text, m.start() + leading(text, m.start())), line(text, close), List.copyOf(calls)));
            m.region(close + 1, text.length());
        }
    }

    private static int leading(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i - at;
    }

    /** The brace closing the one at {@code open}; braces in string and character literals and in comments do not count. */
    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\'') {
                i = literalEnd(text, i, ch);
            } else if (ch == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
            } else if (ch == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int literalEnd(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == quote || c == '\n') return i;
        }
        return text.length();
    }

    private static int line(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    @Override
    public List<SourceMethod> methods() {
        return List.copyOf(methods);
    }

    /** perf names a function with its parameters and templates; the name before them is what is declared. */
    @Override
    public Optional<SourceMethod> forFrame(String frame) {
        String f = frame;
        int paren = f.indexOf('(');
        if (paren > 0) f = f.substring(0, paren);
        f = f.replaceAll("<[^<>]*>", "").strip();
        if (f.contains(" ")) f = f.substring(f.lastIndexOf(' ') + 1);
        for (SourceMethod m : methods) if (m.key().equals(f)) return Optional.of(m);
        for (SourceMethod m : methods) if (f.endsWith("::" + m.key())) return Optional.of(m);
        return Optional.empty();
    }

    @Override
    public List<String> ownerContext(SourceMethod m) {
        return List.of();
    }
}
