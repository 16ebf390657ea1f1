package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C/C++ candidates of a CMake project run first the ctest tests whose programs reach the changed function (named in
 * the test's source, or a library function that calls it named there), then only the rest, each stage stopping at the
 * first failure; {@code make test} runs whole. The ctest commands are run for real on a small CMake project (a few
 * seconds: one cmake configure and build).
 */
class NativeCoveringThenRestTest {

    private static void write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /**
     * {@code stats.c}: {@code square} is static, reached from the tests only through {@code sum_squares}. Tests named by
     * their sources in a loop (as cJSON does), and one written out with a program name of its own.
     */
    private static Path repo(Path root) throws Exception {
        write(root, "CMakeLists.txt", """
                cmake_minimum_required(VERSION 3.10)
                project(stats C)
                option(WITH_TESTS "Build the tests of stats" ON)
                add_library(stats STATIC src/stats.c)
                add_library(harness STATIC tests/harness/harness.c)
                enable_testing()
                set(loop_tests
                    test_sum
                    test_squares
                    test_other
                )
                foreach(t ${loop_tests})
                    add_executable("${t}" "tests/${t}.c")
                    target_link_libraries("${t}" stats)
                    add_test(NAME "${t}" COMMAND "./${t}")
                endforeach()
                add_executable(maxcheck tests/max_main.c)
                target_link_libraries(maxcheck stats)
                add_test(NAME max_ok COMMAND maxcheck)
                """);
        write(root, "src/stats.h", "int sum(const int *x, int n);\nint sum_squares(const int *x, int n);\nint maxv(const int *x, int n);\n");
        write(root, "src/stats.c", """
                #include "stats.h"

                static int
                square(int v)
                {
                    return v * v;
                }

                int sum(const int *x, int n)
                {
                    int s = 0;
                    for (int i = 0; i < n; i++) s += x[i];
                    return s;
                }

                int sum_squares(const int *x, int n)
                {
                    int s = 0;
                    for (int i = 0; i < n; i++) s += square(x[i]);
                    return s;
                }

                int maxv(const int *x, int n)
                {
                    int m = x[0];
                    for (int i = 1; i < n; i++) if (x[i] > m) m = x[i];
                    return m;
                }
                """);
        write(root, "tests/test_sum.c", program("sum(x, 3) == 6", "RAN test_sum"));
        write(root, "tests/test_squares.c", program("sum_squares(x, 3) == 14", "RAN test_squares"));
        write(root, "tests/test_other.c", program("1 + 1 == 2", "RAN test_other"));
        write(root, "tests/max_main.c", program("maxv(x, 3) == 3", "RAN max_ok"));
        // a test framework's own source, built as a library beside the tests (cJSON's Unity): it names sum, has no main
        write(root, "tests/harness/harness.c", "int harness_check(int (*sum)(const int *, int)) { return sum != 0; }\n");
        return root;
    }

    private static String program(String check, String banner) {
        return """
                #include <stdio.h>
                #include "../src/stats.h"
                int main(void) {
                    int x[] = {1, 2, 3};
                    puts("%s");
                    return (%s) ? 0 : 1;
                }
                """.formatted(banner, check);
    }

    private static NativeCoveringTests.Found found(Path dir, String... targets) {
        List<String> files = RepoFiles.list(dir);
        return NativeCoveringTests.forCtest(dir, files, SourceIndexes.of(Language.C, dir, files), List.of(targets));
    }

    @Test
    void testsAreFoundThroughTheCallersOfAStaticFunction(@TempDir Path tmp) throws Exception {
        Path dir = repo(tmp);
        assertThat(found(dir, "square").tests()).as("square is static: test_squares reaches it through sum_squares").containsExactly("test_squares");
        assertThat(found(dir, "sum").tests()).as("not the harness, which has no main").containsExactly("test_sum");
        assertThat(found(dir, "maxv").tests()).as("written out: add_executable(maxcheck …) and add_test(NAME max_ok COMMAND maxcheck)")
                .containsExactly("max_ok");
        NativeCoveringTests.Found none = found(dir, "unused_helper");
        assertThat(none.tests()).isEmpty();
        assertThat(none.how()).contains("no test source names unused_helper");
    }

    @Test
    void theCoveringTestsRunFirstThenOnlyTheRestEachStoppingAtTheFirstFailure(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ExampleRepos.onPath("cmake") && ExampleRepos.onPath("ctest") && ExampleRepos.onPath("cc"), "needs cmake, ctest and cc");
        Path dir = repo(tmp);
        RepoSetup setup = RepoSetup.of(dir, "stats", BuildSystem.CMAKE, Language.C);
        assertThat(Shell.run(dir, BuildSystem.CMAKE.defaultBuild().orElseThrow()).code()).isZero();
        List<String> covering = found(dir, "square").tests();
        String whole = setup.test();

        Shell first = Shell.run(dir, NativeCoveringTests.first(whole, covering));
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).contains("test_squares", "out of 1").doesNotContain("test_sum", "max_ok");
        Shell rest = Shell.run(dir, NativeCoveringTests.rest(whole, covering));
        assertThat(rest.code()).as(rest.out()).isZero();
        assertThat(rest.out()).contains("test_sum", "test_other", "max_ok", "out of 3").doesNotContain("test_squares");

        String staged = RepoTask.staged(setup, covering, true);
        assertThat(staged).isEqualTo(NativeCoveringTests.first(whole, covering) + " && " + NativeCoveringTests.rest(whole, covering));
        assertThat(RepoTask.staged(setup, covering, false)).as("a user's own command runs as given").isEqualTo(whole);

        // two tests of the rest fail: the stage fails and stops at the first
        write(dir, "tests/test_sum.c", program("sum(x, 3) == 7", "RAN test_sum"));
        write(dir, "tests/test_other.c", program("1 + 1 == 3", "RAN test_other"));
        assertThat(Shell.run(dir, "cmake --build build >/dev/null").code()).isZero();
        Shell failing = Shell.run(dir, staged);
        assertThat(failing.code()).as(failing.out()).isNotZero();
        assertThat(failing.out()).contains("out of 1\n").contains("tests failed out of 1");
        assertThat(failing.out().split("\\*\\*\\*Failed", -1)).as("one failure, then ctest stops").hasSize(2);

        // a covering test that fails stops the command before the rest
        write(dir, "tests/test_squares.c", program("sum_squares(x, 3) == 15", "RAN test_squares"));
        assertThat(Shell.run(dir, "cmake --build build >/dev/null").code()).isZero();
        Shell early = Shell.run(dir, staged);
        assertThat(early.code()).isNotZero();
        assertThat(early.out()).contains("test_squares").doesNotContain("test_sum", "test_other", "max_ok");
    }

    @Test
    void makeTestRunsWhole(@TempDir Path tmp) {
        RepoSetup setup = RepoSetup.of(tmp, "m", BuildSystem.MAKE, Language.C);
        assertThat(RepoTask.staged(setup, List.of("test_sum"), true)).isEqualTo("make -s test");
    }

    @Test
    void aTopLevelTestProgramIsATestNotAnEditableSource(@TempDir Path tmp) {
        RepoSetup setup = RepoSetup.of(tmp, "c", BuildSystem.CMAKE, Language.C);
        assertThat(setup.mayEdit("test.c")).isFalse();
        assertThat(setup.mayEdit("cJSON.c")).isTrue();
        assertThat(setup.mayEdit("src/contest.c")).isTrue();
    }
}
