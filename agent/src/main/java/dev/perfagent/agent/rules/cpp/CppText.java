package dev.perfagent.agent.rules.cpp;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A C++ file seen the way the text rules need it: {@link #code} is the source with comments, string and character
 * literals and preprocessor lines blanked out (same length, newlines kept), so a regex over it matches only code,
 * and offsets found there splice straight into the original.
 */
final class CppText {

    final String source;
    final String code;

    CppText(String source) {
        this.source = source;
        this.code = mask(source);
    }

    private static String mask(String s) {
        char[] out = s.toCharArray();
        int i = 0;
        int n = s.length();
        boolean lineStart = true;
        while (i < n) {
            char c = s.charAt(i);
            if (lineStart && c == '#') { // preprocessor line, with continuations
                int j = i;
                while (j < n && !(s.charAt(j) == '\n' && s.charAt(j - 1) != '\\')) j++;
                blank(out, i, j);
                i = j;
                continue;
            }
            if (c == '\n') {
                lineStart = true;
                i++;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\r') lineStart = false;
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int j = s.indexOf('\n', i);
                if (j < 0) j = n;
                blank(out, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int j = s.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                blank(out, i, j);
                i = j;
            } else if (c == 'R' && i + 1 < n && s.charAt(i + 1) == '"' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                int open = s.indexOf('(', i + 2);
                if (open < 0) { i++; continue; }
                String end = ")" + s.substring(i + 2, open) + "\"";
                int j = s.indexOf(end, open);
                j = j < 0 ? n : j + end.length();
                blank(out, i + 1, j);
                i = j;
            } else if (c == '"' || c == '\'' && !(i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1)))) { // not a digit separator 1'000
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(n, j + 1);
                blank(out, i + 1, j - 1);
                i = j;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) if (out[k] != '\n') out[k] = ' ';
    }

    /** Index of the bracket closing the one at {@code open} ({, ( or [), in {@link #code}. */
    OptionalInt closing(int open) {
        char o = code.charAt(open);
        char c = o == '{' ? '}' : o == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char x = code.charAt(i);
            if (x == o) depth++;
            else if (x == c && --depth == 0) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }

    /** Brace depth at {@code at} (0: namespace scope of the file). */
    int depthAt(int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char x = code.charAt(i);
            if (x == '{') depth++;
            else if (x == '}') depth--;
        }
        return depth;
    }

    boolean usesStdNamespace() {
        return Pattern.compile("\\busing\\s+namespace\\s+std\\s*;").matcher(code).find();
    }

    /** Offset of the '{' that opens {@code int main(...)}, if there is a main. */
    OptionalInt mainBodyOpen() {
        Matcher m = Pattern.compile("\\bint\\s+main\\s*\\(").matcher(code);
        while (m.find()) {
            if (depthAt(m.start()) != 0) continue;
            OptionalInt close = closing(m.end() - 1);
            if (close.isEmpty()) return OptionalInt.empty();
            int i = close.getAsInt() + 1;
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
            if (i < code.length() && code.charAt(i) == '{') return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }

    boolean find(String regex) {
        return Pattern.compile(regex).matcher(code).find();
    }

    /** The whitespace that starts the line holding {@code at}. */
    String indentAt(int at) {
        int lineStart = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) i++;
        return source.substring(lineStart, i);
    }
}
