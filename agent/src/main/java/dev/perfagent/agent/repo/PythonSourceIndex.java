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
            int end = i;
            for (int j = i + 1; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isBlank()) continue;
                if (l.length() - l.stripLeading().length() <= indent) break;
                end = j;
            }
            LinkedHashSet<String> calls = new LinkedHashSet<>();
            for (int j = i + 1; j <= end; j++) {
                Matcher m = CALL.matcher(lines.get(j));
                while (m.find()) if (!KEYWORDS.contains(m.group(1))) calls.add(m.group(1));
            }
            String owner = currentClass != null ? currentClass : file;
            methods.add(new SourceMethod(file + ":" + (i + 1) + "(" + d.group(2) + ")", owner, d.group(2), line.strip(), file, i + 1, end + 1, List.copyOf(calls)));
        }
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
