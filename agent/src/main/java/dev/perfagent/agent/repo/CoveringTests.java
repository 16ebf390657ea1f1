package dev.perfagent.agent.repo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests that exercise the edited classes, found by name ({@code CatalogTest} for {@code Catalog}) and by
 * reference (a test that imports or names the class): run first, because they fail soonest when a rewrite is wrong;
 * the whole suite runs after them.
 */
public final class CoveringTests {
    private CoveringTests() {
    }

    /** Simple class names of the Java test classes under {@code src/test} that cover any of {@code files}. */
    public static List<String> forJava(Path root, List<String> repoFiles, List<String> files) {
        List<String> classes = files.stream().filter(f -> f.endsWith(".java")).map(CoveringTests::simpleName).toList();
        List<String> out = new ArrayList<>();
        for (String test : repoFiles) {
            if (!test.endsWith(".java") || !RepoSetup.isTestPath(test)) continue;
            String name = simpleName(test);
            if (!name.matches("Test.*|.*Tests?|.*IT")) continue;
            String text = RepoFiles.read(root.resolve(test));
            for (String c : classes) {
                if (name.equals(c + "Test") || name.equals(c + "Tests") || name.equals("Test" + c)
                        || Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(text).find()) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Python test modules ({@code test*.py}, {@code *_test.py}) under the test folders that import a module of
     * {@code files}, directly or through what imports it: the packages whose {@code __init__.py} imports it
     * ({@code tomli} for {@code src/tomli/_parser.py}), and test helpers that import one of those names and hand it on
     * ({@code tests/__init__.py}: {@code import tomli as tomllib}; then {@code from . import tomllib}).
     */
    public static List<String> forPython(Path root, List<String> repoFiles, List<String> files) {
        Set<String> names = new LinkedHashSet<>();
        for (String f : files) {
            if (!f.endsWith(".py")) continue;
            String child = simpleName(f);
            names.add(child);
            for (String dir = parent(f); dir != null && repoFiles.contains(dir + "/__init__.py"); dir = parent(dir)) {
                if (!importsAny(RepoFiles.read(root.resolve(dir + "/__init__.py")), Set.of(child))) break;
                child = dir.substring(dir.lastIndexOf('/') + 1);
                names.add(child);
            }
        }
        List<String> tests = repoFiles.stream().filter(t -> t.endsWith(".py") && RepoSetup.isTestPath(t)).toList();
        Set<String> importing = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String t : tests) {
                if (importing.contains(t)) continue;
                String text = RepoFiles.read(root.resolve(t));
                if (!importsAny(text, names)) continue;
                importing.add(t);
                grew = true;
                // what this file hands on: itself (a helper module, or its package for __init__.py) and its aliases
                if (!t.equals("__init__.py")) names.add(t.endsWith("/__init__.py") ? simpleName(parent(t)) : simpleName(t));
                Matcher alias = ALIAS.matcher(text);
                while (alias.find()) names.add(alias.group(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : importing) {
            String file = t.substring(t.lastIndexOf('/') + 1);
            if (file.startsWith("test") || file.endsWith("_test.py")) out.add(t.substring(0, t.length() - 3).replace('/', '.'));
        }
        return out;
    }

    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*(?:from[ \\t]+[\\w.]+[ \\t]+)?import[ \\t]+(\\([^)]*\\)|[^\\n]*)");
    private static final Pattern ALIAS = Pattern.compile("(?m)^[ \\t]*(?:from[ \\t]+[\\w.]+[ \\t]+)?import[ \\t]+[\\w.]+[ \\t]+as[ \\t]+(\\w+)");
    private static final Pattern WORD = Pattern.compile("\\w+");

    /** Whether an import statement of {@code text} names any of {@code names}, as the module, a package on its path, or what it imports. */
    private static boolean importsAny(String text, Set<String> names) {
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            String from = text.substring(m.start(), m.start(1));
            Matcher w = WORD.matcher(from + " " + m.group(1));
            while (w.find()) if (names.contains(w.group())) return true;
        }
        return false;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    private static String simpleName(String path) {
        String f = path.substring(path.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot < 0 ? f : f.substring(0, dot);
    }
}
