package dev.perfagent.agent.repo;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Python candidates run the tests covering the changed function first, then only the rest of the suite: every test
 * runs exactly once, and a failure in the rest (or a test module that no longer imports) still fails the command.
 * The commands are run for real with unittest's discovery and with pytest. A few seconds.
 */
class PythonCoveringThenRestTest {

    private static Path repo(Path tmp, boolean brokenOther) throws Exception {
        Files.createDirectories(tmp.resolve("lib"));
        Files.createDirectories(tmp.resolve("tests"));
        Files.writeString(tmp.resolve("lib/__init__.py"), "");
        Files.writeString(tmp.resolve("lib/prices.py"), "def total(xs):\n    return sum(xs)\n");
        Files.writeString(tmp.resolve("lib/names.py"), "def upper(s):\n    return s.upper()\n");
        Files.writeString(tmp.resolve("tests/__init__.py"), "");
        Files.writeString(tmp.resolve("tests/test_prices.py"), """
                import unittest
                from lib.prices import total

                class Prices(unittest.TestCase):
                    def test_total(self):
                        print("RAN test_total")
                        self.assertEqual(total([1, 2]), 3)
                """);
        Files.writeString(tmp.resolve("tests/test_names.py"), """
                import unittest
                from lib.names import upper

                class Names(unittest.TestCase):
                    def test_upper(self):
                        print("RAN test_upper")
                        self.assertEqual(upper("a"), %s)
                """.formatted(brokenOther ? "\"b\"" : "\"A\""));
        return tmp;
    }

    @Test
    void unittestRunsTheCoveringModuleThenOnlyTheOthers(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ExampleRepos.onPath("python3"), "needs python3");
        Path dir = repo(tmp, false);
        String whole = PythonLayout.testCommand(dir, RepoFiles.list(dir));
        assertThat(whole).isEqualTo("python3 -B -m unittest discover -s tests -t .");
        List<String> covering = CoveringTests.forPython(dir, RepoFiles.list(dir), List.of("lib/prices.py"));
        assertThat(covering).containsExactly("tests.test_prices");
        Shell first = Shell.run(dir, RepoTask.pythonCovering(whole, covering));
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).contains("RAN test_total").doesNotContain("RAN test_upper");
        Shell rest = Shell.run(dir, RepoTask.pythonRest(whole, covering));
        assertThat(rest.code()).as(rest.out()).isZero();
        assertThat(rest.out()).contains("RAN test_upper", "Ran 1 test").doesNotContain("RAN test_total");

        Files.writeString(dir.resolve("tests/test_names.py"), Files.readString(dir.resolve("tests/test_names.py")).replace("\"A\"", "\"b\""));
        assertThat(Shell.run(dir, RepoTask.pythonRest(whole, covering)).code()).as("a failing test in the rest").isNotZero();
        Files.writeString(dir.resolve("tests/test_names.py"), "import no_such_module\n");
        assertThat(Shell.run(dir, RepoTask.pythonRest(whole, covering)).code()).as("a module of the rest that no longer imports").isNotZero();
    }

    @Test
    void pytestIgnoresTheCoveringFilesInTheRest(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Shell.run(tmp, "python3 -c 'import pytest'").code() == 0, "needs pytest");
        Path dir = repo(tmp, true);
        String whole = "python3 -B -m pytest -q -p no:cacheprovider tests";
        List<String> covering = List.of("tests.test_prices");
        assertThat(RepoTask.pythonRest(whole, covering)).isEqualTo(whole + " --ignore=tests/test_prices.py");
        Shell rest = Shell.run(dir, RepoTask.pythonRest(whole, covering) + " -s");
        assertThat(rest.code()).as("test_names fails in this repository").isNotZero();
        assertThat(rest.out()).contains("RAN test_upper", "1 failed").doesNotContain("RAN test_total");
    }

    /**
     * tomli's shape: the hot module is private ({@code src/tomli/_parser.py}), the package re-exports it, and the
     * test modules import the package through a helper ({@code tests/__init__.py}: {@code import tomli as tomllib};
     * {@code from . import tomllib}). Before, no test module named {@code _parser}, so none ran first.
     */
    @Test
    void testsReachingThePrivateModuleThroughThePackageAndAHelperAreCovering(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("src/pkg"));
        Files.createDirectories(tmp.resolve("tests"));
        Files.writeString(tmp.resolve("src/pkg/__init__.py"), "from ._core import loads\n");
        Files.writeString(tmp.resolve("src/pkg/_core.py"), "def loads(s):\n    return s\n");
        Files.writeString(tmp.resolve("src/pkg/_other.py"), "def other():\n    return 1\n");
        Files.writeString(tmp.resolve("tests/__init__.py"), "import pkg as pkglib\n");
        Files.writeString(tmp.resolve("tests/helpers.py"), "import json\n");
        Files.writeString(tmp.resolve("tests/test_loads.py"), "import unittest\nfrom . import helpers, pkglib\n");
        Files.writeString(tmp.resolve("tests/test_json.py"), "import unittest\nfrom . import helpers\n");
        List<String> files = RepoFiles.list(tmp);
        assertThat(CoveringTests.forPython(tmp, files, List.of("src/pkg/_core.py"))).containsExactly("tests.test_loads");
        assertThat(CoveringTests.forPython(tmp, files, List.of("src/pkg/_other.py"))).as("the package does not import _other").isEmpty();
    }

    @Test
    void aUsersOwnCommandRunsWhole() {
        assertThat(RepoTask.pythonRest("make check", List.of("tests.test_x"))).isEqualTo("make check");
    }
}
