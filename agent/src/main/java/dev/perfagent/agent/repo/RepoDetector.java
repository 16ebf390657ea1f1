package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at a repository the way a new colleague would: which build file is at the top, where the tests are, and what
 * could serve as a benchmark (a Java main class named like one, a {@code bench} target of a Makefile, an executable of
 * that name in CMake, a {@code bench.py}).
 */
public final class RepoDetector {
    private static final Pattern JAVA_MAIN = Pattern.compile("static\\s+void\\s+main\\s*\\(");
    private static final Pattern JAVA_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern MAKE_TARGET = Pattern.compile("(?m)^([A-Za-z0-9_.-]+)\\s*:(?!=)");
    /** A {@code @Benchmark} method: annotations may follow it, then the modifiers, the return type and the name. */
    private static final Pattern JMH_METHOD = Pattern.compile(
            "@Benchmark\\b\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*(?:public\\s+|final\\s+|synchronized\\s+)*[\\w.<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");
    private static final Pattern JMH_PROFILE = Pattern.compile("<profile>\\s*<id>jmh</id>");
    private static final Pattern CMAKE_EXE = Pattern.compile("add_executable\\s*\\(\\s*([A-Za-z0-9_.-]+)");

    private RepoDetector() {
    }

    /** Empty when no build is recognised. */
    public static Optional<Detection> detect(Path dir) {
        List<String> files = RepoFiles.list(dir);
        Optional<BuildSystem> b = buildSystem(dir, files);
        if (b.isEmpty()) return Optional.empty();
        Language lang = BuildSystem.languageOf(files, b.get());
        List<String> notes = new ArrayList<>();
        List<String> benches = switch (b.get()) {
            case MAVEN -> javaMains(dir, files);
            case MAKE -> makeBenches(dir);
            case CMAKE -> cmakeBenches(dir);
            case PYTHON -> files.stream().filter(f -> f.matches("(bench|benchmarks?)/?[\\w/]*\\.py|bench\\w*\\.py") && !RepoSetup.isTestPath(f))
                    .map(f -> PythonLayout.prefix(dir, files) + "python3 -B " + f).toList();
        };
        String test = b.get().defaultTest();
        if (b.get() == BuildSystem.PYTHON) {
            test = PythonLayout.testCommand(dir, files);
            if (PythonLayout.srcLayout(dir, files)) notes.add("the package is under src/: the tests and the benchmark run with PYTHONPATH=src");
        }
        if (b.get() == BuildSystem.MAKE && !hasMakeTarget(dir, "test")) {
            notes.add("the Makefile has no test target: give --test");
        }
        Optional<String> bench = benches.size() == 1 ? Optional.of(benches.get(0)) : Optional.empty();
        if (benches.size() > 1) notes.add("several benchmark candidates: " + String.join(" | ", benches));
        List<String> jmh = b.get() == BuildSystem.MAVEN ? jmhBenchmarks(dir, files) : List.of();
        Optional<String> jmhBuild = !jmh.isEmpty() && JMH_PROFILE.matcher(RepoFiles.read(dir.resolve("pom.xml"))).find()
                ? Optional.of("mvn -q -o -B package -DskipTests -Pjmh " + MavenFlags.line()) : Optional.empty();
        return Optional.of(new Detection(b.get(), lang, files, test, bench, benches, notes, jmh, jmhBuild));
    }

    static Optional<BuildSystem> buildSystem(Path dir, List<String> files) {
        for (BuildSystem b : List.of(BuildSystem.MAVEN, BuildSystem.CMAKE, BuildSystem.MAKE)) {
            if (Files.isRegularFile(dir.resolve(b.marker()))) return Optional.of(b);
        }
        boolean python = files.contains("pyproject.toml") || files.contains("setup.py")
                || files.stream().anyMatch(f -> f.endsWith(".py") && !f.contains("/"));
        return python ? Optional.of(BuildSystem.PYTHON) : Optional.empty();
    }

    /**
     * Main classes under src/main/java, those named like a benchmark first: {@code java -cp target/classes NAME}; and
     * a main class named like a benchmark under src/test/java, where a library keeps one beside its tests:
     * {@code java -cp target/classes:target/test-classes NAME}.
     */
    static List<String> javaMains(Path dir, List<String> files) {
        List<String[]> found = new ArrayList<>();
        for (String f : files) {
            boolean test = f.startsWith("src/test/java/");
            if (!f.startsWith("src/main/java/") && !test || !f.endsWith(".java")) continue;
            String simple = f.substring(f.lastIndexOf('/') + 1, f.length() - 5);
            if (test && rank(simple) != 0) continue;
            String text = RepoFiles.read(dir.resolve(f));
            if (!JAVA_MAIN.matcher(text).find()) continue;
            Matcher pkg = JAVA_PACKAGE.matcher(text);
            found.add(new String[]{(pkg.find() ? pkg.group(1) + "." : "") + simple, simple, test ? "target/classes:target/test-classes" : "target/classes"});
        }
        found.sort(Comparator.comparingInt((String[] c) -> rank(c[1])).thenComparing(c -> c[0]));
        return found.stream().filter(c -> rank(c[1]) < 3).map(c -> "java -cp " + c[2] + " " + c[0]).toList();
    }

    /** The {@code @Benchmark} methods of the non-test sources, as {@code package.Class.method}, as JMH names them. */
    static List<String> jmhBenchmarks(Path dir, List<String> files) {
        List<String> found = new ArrayList<>();
        for (String f : files) {
            if (!f.endsWith(".java") || f.contains("src/test/")) continue;
            String text = RepoFiles.read(dir.resolve(f));
            if (!text.contains("@Benchmark")) continue;
            Matcher pkg = JAVA_PACKAGE.matcher(text);
            String owner = (pkg.find() ? pkg.group(1) + "." : "") + f.substring(f.lastIndexOf('/') + 1, f.length() - 5);
            Matcher m = JMH_METHOD.matcher(text);
            while (m.find()) found.add(owner + "." + m.group(1));
        }
        java.util.Collections.sort(found);
        return found;
    }

    private static int rank(String simple) {
        String s = simple.toLowerCase(java.util.Locale.ROOT);
        if (s.contains("bench")) return 0;
        if (s.endsWith("cli") || s.endsWith("main") || s.endsWith("app") || s.endsWith("demo")) return 1;
        return 3;
    }

    static List<String> makeBenches(Path dir) {
        return hasMakeTarget(dir, "bench") ? List.of("make -s bench") : List.of();
    }

    static boolean hasMakeTarget(Path dir, String target) {
        for (String name : List.of("Makefile", "GNUmakefile")) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) continue;
            Matcher m = MAKE_TARGET.matcher(RepoFiles.read(f));
            while (m.find()) if (m.group(1).equals(target)) return true;
        }
        return false;
    }

    static List<String> cmakeBenches(Path dir) {
        Matcher m = CMAKE_EXE.matcher(RepoFiles.read(dir.resolve("CMakeLists.txt")));
        List<String> out = new ArrayList<>();
        while (m.find()) if (m.group(1).toLowerCase(java.util.Locale.ROOT).contains("bench")) out.add("./build/" + m.group(1));
        return out;
    }
}
