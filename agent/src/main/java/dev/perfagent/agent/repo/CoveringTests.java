package dev.perfagent.agent.repo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Python test modules under the test folders that import a module of {@code files}. */
    public static List<String> forPython(Path root, List<String> repoFiles, List<String> files) {
        List<String> modules = files.stream().filter(f -> f.endsWith(".py")).map(f -> simpleName(f)).toList();
        List<String> out = new ArrayList<>();
        for (String test : repoFiles) {
            if (!test.endsWith(".py") || !RepoSetup.isTestPath(test)) continue;
            String text = RepoFiles.read(root.resolve(test));
            for (String m : modules) {
                if (Pattern.compile("(?m)^\\s*(from|import)\\s+[\\w.]*\\b" + Pattern.quote(m) + "\\b").matcher(text).find()) {
                    out.add(test.substring(0, test.length() - 3).replace('/', '.'));
                    break;
                }
            }
        }
        return out;
    }

    private static String simpleName(String path) {
        String f = path.substring(path.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot < 0 ? f : f.substring(0, dot);
    }
}
