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
 * Python functions by their {@code def} lines and indentation; cProfile frames ({@code pkg/index.py:12(add)}) carry
 * the file and the def's line, which is how they are matched.
 */
public final class PythonSourceIndex implements SourceIndex {
    private static final Pattern DEF = Pattern.compile("^([ \\t]*)(?:async\\s+)?def\\s+(\\w+)\\s*\\(");
    private static final Pattern CLASS = Pattern.compile("^([ \\t]*)class\\s+(\\w+)");
    private static final Pattern FRAME = Pattern.compile("^(.*?):(\\d+)\\((.+)\\)$");
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "return", "print", "len", "range", "not", "and", "or", "in");

    private final List<SourceMethod> methods = new ArrayList<>();

    public static PythonSourceIndex of(Path root, List<String> files) {
        PythonSourceIndex index = new PythonSourceIndex();
        for (String rel : files) if (rel.endsWith(".py")) index.add(rel, RepoFiles.read(root.resolve(rel)).lines().toList());
        return index;
    }

    private void add(String file, List<String> lines) {
        String currentClass = null;
        int classIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher c = CLASS.matcher(line);
            if (c.find()) {
                currentClass = c.group(2);
                classIndent = c.group(1).length();
                continue;
            }
            Matcher d = DEF.matcher(line);
            if (!d.find()) continue;
            int indent = d.group(1).length();
            if (currentClass != null && indent <= classIndent) currentClass = null;
            int end = bodyEnd(lines, i, indent);
            LinkedHashSet<String> calls = new LinkedHashSet<>();
            for (int j = i + 1; j <= end; j++) {
                Matcher m = CALL.matcher(lines.get(j));
                while (m.find()) if (!KEYWORDS.contains(m.group(1))) calls.add(m.group(1));
            }
            String owner = currentClass != null ? currentClass : file;
            methods.add(new SourceMethod(file + ":" + (i + 1) + "(" + d.group(2) + ")", owner, d.group(2), line.strip(), file, i + 1, end + 1, List.copyOf(calls)));
        }
    }

    /**
     * The last line of the function whose {@code def} is on line {@code def}: past the signature (which may close
     * with {@code ):} at the def's own indentation, as black writes long ones), then every line indented deeper,
     * where comments and the insides of triple-quoted strings do not count as the dedent that ends a body.
     */
    static int bodyEnd(List<String> lines, int def, int indent) {
        int i = def;
        int depth = 0;
        boolean[] inString = {false};
        String[] quote = {null};
        // the signature: until the brackets it opened are closed
        for (; i < lines.size(); i++) {
            depth += bracketDelta(lines.get(i), inString, quote);
            if (depth <= 0 && !inString[0]) break;
        }
        int end = Math.min(i, lines.size() - 1);
        for (int j = i + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            boolean wasInString = inString[0];
            bracketDelta(l, inString, quote);
            if (wasInString) {
                end = j;
                continue;
            }
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (l.length() - l.stripLeading().length() <= indent) break;
            end = j;
        }
        return end;
    }

    /** Brackets opened minus closed on a line, outside strings and comments; tracks triple-quoted strings across lines. */
    private static int bracketDelta(String line, boolean[] inString, String[] quote) {
        int d = 0;
        for (int k = 0; k < line.length(); k++) {
            if (inString[0]) {
                if (line.startsWith(quote[0], k)) {
                    inString[0] = false;
                    k += quote[0].length() - 1;
                } else if (line.charAt(k) == '\\') {
                    k++;
                }
                continue;
            }
            char c = line.charAt(k);
            if (c == '#') break;
            if (line.startsWith("\"\"\"", k) || line.startsWith("'''", k)) {
                inString[0] = true;
                quote[0] = line.substring(k, k + 3);
                k += 2;
            } else if (c == '"' || c == '\'') {
                int close = line.indexOf(c, k + 1);
                while (close > 0 && line.charAt(close - 1) == '\\') close = line.indexOf(c, close + 1);
                k = close < 0 ? line.length() : close;
            } else if (c == '(' || c == '[' || c == '{') {
                d++;
            } else if (c == ')' || c == ']' || c == '}') {
                d--;
            }
        }
        return d;
    }

    @Override
    public List<SourceMethod> methods() {
        return List.copyOf(methods);
    }

    /** The frame's file may be absolute (where the sandbox mounted the workspace) or relative; the line decides. */
    @Override
    public Optional<SourceMethod> forFrame(String frame) {
        Matcher m = FRAME.matcher(frame);
        if (!m.matches()) return Optional.empty();
        String file = m.group(1);
        int line = Integer.parseInt(m.group(2));
        for (SourceMethod s : methods) {
            if (s.begin() == line && s.name().equals(m.group(3)) && (file.equals(s.file()) || file.endsWith("/" + s.file()))) return Optional.of(s);
        }
        return Optional.empty();
    }

    @Override
    public List<String> ownerContext(SourceMethod m) {
        return List.of();
    }
}
