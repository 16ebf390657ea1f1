package dev.perfagent.agent.repo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C/C++ files the build compiles, and the files they {@code #include} (headers and included {@code .c} files),
 * read from the build's own files without running them: {@code compile_commands.json}, the source names in
 * CMakeLists.txt and Makefiles ({@code foo.o} stands for {@code foo.c}). A generator or example the build never
 * compiles then cannot lend its {@code main} to a profile frame. When the build names its sources by pattern
 * ({@code file(GLOB …)}, {@code $(wildcard …)}) or names none that exist, every source file counts.
 */
final class CompiledSources {
    private static final Pattern SOURCE = Pattern.compile("[\\w./+-]+\\.(?:c|cc|cpp|cxx|o|obj|lo)\\b");
    private static final Pattern INCLUDE = Pattern.compile("(?m)^[ \\t]*#[ \\t]*include[ \\t]*\"([^\"]+)\"");
    private static final Pattern NATIVE = Pattern.compile(".*\\.(c|cc|cpp|cxx|h|hpp|hh|inc)$");

    private CompiledSources() {
    }

    static List<String> of(Path root, List<String> files) {
        List<String> natives = files.stream().filter(f -> NATIVE.matcher(f).matches()).toList();
        Set<String> compiled = new LinkedHashSet<>();
        boolean patterns = false;
        for (String f : files) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            String dir = f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "";
            if (name.equals("compile_commands.json")) {
                compiled.addAll(fromCompileCommands(root, root.resolve(f), natives));
            } else if (name.equals("CMakeLists.txt") || name.endsWith(".cmake") || name.equals("Makefile") || name.equals("GNUmakefile")
                    || name.endsWith(".mk") || name.equals("Makefile.am")) {
                String text = RepoFiles.read(root.resolve(f));
                if (text.matches("(?s).*(file\\s*\\(\\s*GLOB|\\$\\(wildcard|aux_source_directory).*")) patterns = true;
                Matcher m = SOURCE.matcher(text);
                while (m.find()) resolve(dir, m.group(), natives).forEach(compiled::add);
            }
        }
        if (patterns || compiled.isEmpty()) return natives;
        return List.copyOf(withIncludes(root, compiled, natives));
    }

    /** A name in a build file as one of the repository's sources: relative to the build file, else by path suffix. */
    private static List<String> resolve(String dir, String token, List<String> natives) {
        String t = token.replaceFirst("^\\./", "").replace("${CMAKE_CURRENT_SOURCE_DIR}/", "");
        String stem = t.replaceFirst("\\.(o|obj|lo)$", "");
        List<String> names = t.equals(stem) ? List.of(t) : List.of(stem + ".c", stem + ".cc", stem + ".cpp", stem + ".cxx");
        List<String> out = new java.util.ArrayList<>();
        for (String n : names) {
            String here = Path.of(dir + n).normalize().toString();
            if (natives.contains(here)) {
                out.add(here);
                continue;
            }
            natives.stream().filter(x -> x.equals(n) || x.endsWith("/" + n)).forEach(out::add);
        }
        return out;
    }

    private static Set<String> fromCompileCommands(Path root, Path file, List<String> natives) {
        Set<String> out = new LinkedHashSet<>();
        try {
            JsonNode entries = new ObjectMapper().readTree(Files.readString(file));
            String top = root.toAbsolutePath().normalize().toString();
            for (JsonNode e : entries) {
                String f = e.path("file").asText();
                String rel = f.startsWith(top + "/") ? f.substring(top.length() + 1) : f;
                out.addAll(resolve("", rel, natives));
            }
        } catch (Exception e) {
            // an unreadable compilation database says nothing; the build files still may
        }
        return out;
    }

    /** The compiled files and, transitively, what they include by quoted name. */
    private static Set<String> withIncludes(Path root, Set<String> compiled, List<String> natives) {
        Set<String> out = new LinkedHashSet<>(compiled);
        Deque<String> todo = new ArrayDeque<>(compiled);
        while (!todo.isEmpty()) {
            String f = todo.pop();
            String dir = f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "";
            Matcher m = INCLUDE.matcher(RepoFiles.read(root.resolve(f)));
            while (m.find()) {
                for (String inc : resolve(dir, m.group(1), natives)) if (out.add(inc)) todo.push(inc);
            }
        }
        return out;
    }
}
