package dev.perfagent.agent.repo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a Python project is laid out, as far as running its tests and benchmark goes: a {@code src/} layout (the
 * package is importable only with {@code src} on the path, which an installed package would give) and whether the
 * tests are written for pytest (plain {@code test_} functions, {@code import pytest}) or for unittest.
 */
public final class PythonLayout {
    /**
     * src/ put before whatever PYTHONPATH the command was started with: a profiler or recorder that put its own hook on
     * the path keeps it (a plain {@code PYTHONPATH=src} would drop it, and cProfile would record nothing).
     */
    public static final String PATH_PREFIX = "PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH} ";

    private PythonLayout() {
    }

    /** A package under {@code src/} and none beside it at the top. */
    static boolean srcLayout(Path dir, List<String> files) {
        boolean underSrc = files.stream().anyMatch(f -> f.matches("src/[\\w]+/__init__\\.py"));
        boolean atTop = files.stream().anyMatch(f -> f.matches("[\\w]+/__init__\\.py") && !f.startsWith("tests/") && !f.startsWith("test/"));
        return underSrc && !atTop && Files.isDirectory(dir.resolve("src"));
    }

    /** What goes before a command so that it imports the package: {@code PYTHONPATH=src } in a src layout. */
    static String prefix(Path dir, List<String> files) {
        return srcLayout(dir, files) ? PATH_PREFIX : "";
    }

    /**
     * A user's command for a src/ layout with {@code PYTHONPATH=src} put before it, as an installed package would
     * be importable; a command that sets PYTHONPATH itself is left as it is.
     */
    public static String withPath(Path dir, List<String> files, String command) {
        if (command.isBlank() || command.contains("PYTHONPATH") || !srcLayout(dir, files)) return command;
        return PATH_PREFIX + command;
    }

    /** Tests written for pytest: a test file imports it, or defines test functions outside any unittest class. */
    static boolean usesPytest(Path dir, List<String> files) {
        for (String f : files) {
            if (!f.endsWith(".py") || !RepoSetup.isTestPath(f)) continue;
            String text = RepoFiles.read(dir.resolve(f));
            if (text.contains("import pytest") || text.contains("from pytest")) return true;
            if (!text.contains("unittest") && text.matches("(?s).*(^|\\n)def test_\\w*\\(.*")) return true;
        }
        return false;
    }

    /** The default test command: pytest or unittest, over {@code tests/} when there is one, importing from src/ when needed. */
    static String testCommand(Path dir, List<String> files) {
        String folder = Files.isDirectory(dir.resolve("tests")) ? "tests" : Files.isDirectory(dir.resolve("test")) ? "test" : "";
        String prefix = prefix(dir, files);
        if (usesPytest(dir, files)) return prefix + "python3 -B -m pytest -q -p no:cacheprovider" + (folder.isEmpty() ? "" : " " + folder);
        // -t . only where the test folder is a package: unittest refuses a plain folder as a start directory below the top
        String top = Files.isRegularFile(dir.resolve(folder).resolve("__init__.py")) ? " -t ." : "";
        return prefix + "python3 -B -m unittest discover" + (folder.isEmpty() ? "" : " -s " + folder + top);
    }
}
