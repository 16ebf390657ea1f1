package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;

import java.util.List;
import java.util.Optional;

/**
 * How a repository is built, as told by the file at its top: the commands perfagent uses when the user names none.
 * Maven runs offline (the sandbox has no network) against the user's local repository, bound read-only.
 */
public enum BuildSystem {
    // compiled, not packaged: the benchmark and the tests run from target/classes and target/test-classes, and
    // packaging (jar, bundle, shade, assembly) is most of a library's build time that a candidate does not need
    MAVEN("Maven", "pom.xml", Optional.of("mvn -q -o -B test-compile " + MavenFlags.line()), "mvn -q -o -B test " + MavenFlags.line()),
    CMAKE("CMake", "CMakeLists.txt", Optional.of("cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build -j 2 >/dev/null"),
            "ctest --test-dir build --output-on-failure"),
    MAKE("Make", "Makefile", Optional.of("make -s"), "make -s test"),
    PYTHON("Python", "", Optional.empty(), "python3 -B -m unittest discover -s tests -t .");

    private final String label;
    private final String marker;
    private final Optional<String> build;
    private final String test;

    BuildSystem(String label, String marker, Optional<String> build, String test) {
        this.label = label;
        this.marker = marker;
        this.build = build;
        this.test = test;
    }

    public String label() {
        return label;
    }

    /** The build command, or empty for the toolchain's own (Maven's offline package, Python's syntax check). */
    public Optional<String> defaultBuild() {
        return build;
    }

    public String defaultTest() {
        return test;
    }

    /** The file whose presence says the repository uses this build. */
    public String marker() {
        return marker;
    }

    /** Files the model may never edit, whatever the profile says. */
    public static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts", "CMakeLists.txt",
            "Makefile", "GNUmakefile", "setup.py", "setup.cfg", "pyproject.toml", "perfagent.yaml");

    public static Language languageOf(List<String> files, BuildSystem b) {
        if (b == MAVEN) return Language.JAVA;
        if (b == PYTHON) return Language.PYTHON;
        boolean cpp = files.stream().anyMatch(f -> f.endsWith(".cpp") || f.endsWith(".cc") || f.endsWith(".cxx") || f.endsWith(".hpp"));
        return cpp ? Language.CPP : Language.C;
    }
}
