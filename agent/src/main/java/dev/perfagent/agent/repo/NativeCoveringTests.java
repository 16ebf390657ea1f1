package dev.perfagent.agent.repo;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ctest tests that exercise the targeted C/C++ functions, found without building: a test program reaches a
 * target when its source names the target or a repository function that calls it, directly or through others
 * ({@code cJSON_Print} for {@code print_value}); the program's source is tied to a ctest name by the build files
 * ({@code add_executable(E … src.c)} and {@code add_test(NAME T COMMAND E)} written out) or, where CMake builds the
 * names in a loop, by the source's own name ({@code tests/parse_number.c} is the test {@code parse_number}, when a CMake
 * file names it). Those run first; the rest of the suite after them ({@link #rest}), so a wrong mapping costs time,
 * never a test.
 */
final class NativeCoveringTests {
    /** At most this many function names reach the targets; beyond it nearly every test reaches them anyway. */
    private static final int MAX_NAMES = 400;
    private static final Pattern SOURCE = Pattern.compile(".*\\.(c|cc|cpp|cxx)$");
    private static final Pattern ADD_EXECUTABLE = Pattern.compile("add_executable\\s*\\(([^)]*)\\)");
    private static final Pattern ADD_TEST = Pattern.compile("add_test\\s*\\(([^)]*)\\)");
    private static final Pattern TEST_PROGRAM = Pattern.compile("\\bmain\\s*\\(|\\b(?:TEST|TEST_F|TEST_P|TEST_CASE|SCENARIO)\\s*\\(");
    private static final Pattern TEST_NAME = Pattern.compile("[A-Za-z0-9_.+-]+");

    private NativeCoveringTests() {
    }

    /**
     * What the covering stage will run, and how it was found.
     *
     * @param tests ctest names, in the order their sources were found
     * @param how   one line for the log: which test sources reach which names, or why there are none
     */
    record Found(List<String> tests, String how) {
    }

    /** The ctest tests whose programs reach any of {@code targets}. */
    static Found forCtest(Path root, List<String> repoFiles, SourceIndex index, List<String> targets) {
        Set<String> reach = reaching(index, targets);
        Map<String, List<String>> byExecutable = new LinkedHashMap<>();
        Map<String, List<String>> testsOf = new LinkedHashMap<>();
        StringBuilder cmake = new StringBuilder();
        for (String f : repoFiles) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            if (!name.equals("CMakeLists.txt") && !name.endsWith(".cmake")) continue;
            // comments and quoted text with spaces (descriptions of options) name no test
            String text = RepoFiles.read(root.resolve(f)).replaceAll("(?m)#.*$", "").replaceAll("\"[^\"\\n]* [^\"\\n]*\"", "\"\"");
            cmake.append(text).append('\n');
            Matcher e = ADD_EXECUTABLE.matcher(text);
            while (e.find()) {
                List<String> args = words(e.group(1));
                if (args.isEmpty()) continue;
                for (String src : args.subList(1, args.size())) byExecutable.computeIfAbsent(baseName(src), k -> new ArrayList<>()).add(args.get(0));
            }
            Matcher t = ADD_TEST.matcher(text);
            while (t.find()) {
                List<String> args = words(t.group(1));
                String test;
                String command;
                if (args.size() >= 4 && args.get(0).equals("NAME") && args.get(2).equals("COMMAND")) {
                    test = args.get(1);
                    command = args.get(3);
                } else if (args.size() >= 2 && !args.get(0).equals("NAME")) {
                    test = args.get(0);
                    command = args.get(1);
                } else {
                    continue;
                }
                if (TEST_NAME.matcher(test).matches()) testsOf.computeIfAbsent(baseName(command), k -> new ArrayList<>()).add(test);
            }
        }
        String cmakeText = cmake.toString();
        Set<String> tests = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>();
        for (String f : repoFiles) {
            if (!RepoSetup.isTestPath(f) || !SOURCE.matcher(f).matches()) continue;
            String text = RepoFiles.read(root.resolve(f));
            // a test program (its main, or a test framework's test cases), not a test framework's own source
            if (!TEST_PROGRAM.matcher(text).find() || !mentionsAny(text, reach)) continue;
            String file = f.substring(f.lastIndexOf('/') + 1);
            String stem = file.substring(0, file.lastIndexOf('.'));
            Set<String> named = new LinkedHashSet<>();
            for (String exe : byExecutable.getOrDefault(file, List.of())) named.addAll(testsOf.getOrDefault(exe, List.of()));
            if (named.isEmpty() && TEST_NAME.matcher(stem).matches()
                    && Pattern.compile("(?<![\\w${}/.-])" + Pattern.quote(stem) + "(?![\\w.-])").matcher(cmakeText).find()) {
                named.add(stem);
            }
            if (named.isEmpty()) continue;
            tests.addAll(named);
            sources.add(f);
        }
        if (tests.isEmpty()) {
            return new Found(List.of(), "no test source names " + String.join(", ", targets) + " or a function that calls it, as a ctest test");
        }
        return new Found(List.copyOf(tests), "by test source naming the targets or their callers: " + String.join(", ", sources));
    }

    /** The targets' names and the names of every indexed non-test function that calls one of them, however indirectly. */
    static Set<String> reaching(SourceIndex index, List<String> targets) {
        Set<String> names = new LinkedHashSet<>(targets);
        Deque<String> todo = new ArrayDeque<>(targets);
        while (!todo.isEmpty() && names.size() < MAX_NAMES) {
            String name = todo.poll();
            for (SourceMethod m : index.methods()) {
                if (m.calls().contains(name) && !RepoSetup.isTestPath(m.file()) && !m.name().equals("main") && names.add(m.name())) {
                    todo.add(m.name());
                }
            }
        }
        return names;
    }

    private static boolean mentionsAny(String text, Set<String> names) {
        Matcher id = Pattern.compile("[A-Za-z_]\\w*").matcher(text);
        while (id.find()) if (names.contains(id.group())) return true;
        return false;
    }

    /** CMake arguments, quotes dropped. */
    private static List<String> words(String args) {
        List<String> out = new ArrayList<>();
        for (String w : args.trim().split("\\s+")) if (!w.isEmpty()) out.add(w.replace("\"", ""));
        return out;
    }

    /** {@code ${CMAKE_CURRENT_BINARY_DIR}/x}, {@code ./x}, {@code src/x.c} as {@code x}, {@code x}, {@code x.c}. */
    private static String baseName(String arg) {
        return arg.substring(arg.lastIndexOf('/') + 1);
    }

    /** The covering tests alone, stopping at the first failure: {@code ctest … -R '^(a|b)$'}. */
    static String first(String whole, List<String> tests) {
        return whole + " --stop-on-failure -R '" + regex(tests) + "'";
    }

    /** Every other test of the suite, stopping at the first failure: {@code ctest … -E '^(a|b)$'}. */
    static String rest(String whole, List<String> tests) {
        return whole + " --stop-on-failure -E '" + regex(tests) + "'";
    }

    private static String regex(List<String> tests) {
        return "^(" + String.join("|", tests.stream().map(t -> t.replaceAll("([.+])", "\\\\$1")).toList()) + ")$";
    }
}
