package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Detection on the bundled example repositories, as perfagent init and optimize see them. */
class RepoDetectorTest {
    @Test
    void mavenRepositoryWithItsCliAsTheBenchmark() {
        Detection d = RepoDetector.detect(ExampleRepos.ROOT.resolve("java-inventory")).orElseThrow();
        assertThat(d.buildSystem()).isEqualTo(BuildSystem.MAVEN);
        assertThat(d.language()).isEqualTo(Language.JAVA);
        assertThat(d.test()).startsWith("mvn -q -o -B test -Dmaven.javadoc.skip=true").contains("-Denforcer.skip=true", "-Djacoco.skip=true");
        assertThat(d.bench()).contains("java -cp target/classes org.acme.inventory.cli.InventoryCli");
        assertThat(d.files()).contains("pom.xml", "src/main/java/org/acme/inventory/catalog/Catalog.java").noneMatch(f -> f.startsWith("target/"));
    }

    @Test
    void jmhBenchmarksAndTheProfileThatBuildsThemAreFound() {
        Detection d = RepoDetector.detect(ExampleRepos.ROOT.resolve("java-inventory")).orElseThrow();
        assertThat(d.jmhBenchmarks()).contains("org.acme.inventory.bench.FulfillmentBench.fulfil",
                "org.acme.inventory.bench.InventoryReportBench.render");
        assertThat(d.jmhBuild().orElseThrow()).startsWith("mvn -q -o -B package -DskipTests -Pjmh -Dmaven.javadoc.skip=true");
        assertThat(d.jmhRegex()).contains("org.acme.inventory.bench.");
        // the benchmarks are not the model's to edit
        RepoSetup s = RepoSetup.of(ExampleRepos.ROOT, "x", BuildSystem.MAVEN, Language.JAVA).withTest("t")
                .withJmh(java.util.Optional.of(new RepoJmh("Bench", RepoJmh.DEFAULT_ARGS)));
        assertThat(s.mayEdit("src/main/java/org/acme/inventory/bench/InventoryReportBench.java")).isFalse();
        assertThat(s.mayEdit("src/main/java/org/acme/inventory/report/InventoryReport.java")).isTrue();
    }

    @Test
    void makefileRepositoryWithBenchAndTestTargets() {
        Detection d = RepoDetector.detect(ExampleRepos.ROOT.resolve("cpp-wordstats")).orElseThrow();
        assertThat(d.buildSystem()).isEqualTo(BuildSystem.MAKE);
        assertThat(d.language()).isEqualTo(Language.CPP);
        assertThat(d.test()).isEqualTo("make -s test");
        assertThat(d.bench()).contains("make -s bench");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void pythonRepositoryWithABenchScriptAndUnittests() {
        Detection d = RepoDetector.detect(ExampleRepos.ROOT.resolve("py-textindex")).orElseThrow();
        assertThat(d.buildSystem()).isEqualTo(BuildSystem.PYTHON);
        assertThat(d.test()).isEqualTo("python3 -B -m unittest discover -s tests -t .");
        assertThat(d.bench()).contains("python3 -B bench.py");
    }

    @Test
    void pythonSrcLayoutRunsWithSrcOnThePathAndPytestTestsWithPytest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("src/lib"));
        java.nio.file.Files.createDirectories(tmp.resolve("tests"));
        java.nio.file.Files.writeString(tmp.resolve("pyproject.toml"), "[project]\nname='lib'\n");
        java.nio.file.Files.writeString(tmp.resolve("src/lib/__init__.py"), "def f(x):\n    return x\n");
        java.nio.file.Files.writeString(tmp.resolve("tests/test_f.py"), "from lib import f\n\ndef test_f():\n    assert f(1) == 1\n");
        java.nio.file.Files.writeString(tmp.resolve("bench.py"), "from lib import f\nprint(f(2))\n");
        Detection d = RepoDetector.detect(tmp).orElseThrow();
        assertThat(d.test()).isEqualTo("PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH} python3 -B -m pytest -q -p no:cacheprovider tests");
        assertThat(d.bench()).contains("PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH} python3 -B bench.py");
        assertThat(d.notes()).anyMatch(n -> n.contains("src/"));
        // the covering tests go through the same runner and path
        assertThat(RepoTask.pythonCovering(d.test(), java.util.List.of("tests.test_f")))
                .isEqualTo("PYTHONPATH=src${PYTHONPATH:+:$PYTHONPATH} python3 -B -m pytest -q -p no:cacheprovider tests/test_f.py");
    }

    @Test
    void aBenchmarkMainBesideTheTestsRunsWithTheTestClassesOnItsClassPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        // Commons CLI's shape: a library with no main class; the workload lives under src/test/java
        java.nio.file.Files.writeString(tmp.resolve("pom.xml"), "<project/>");
        java.nio.file.Path bench = tmp.resolve("src/test/java/org/x/bench/ParseBench.java");
        java.nio.file.Files.createDirectories(bench.getParent());
        java.nio.file.Files.writeString(bench, "package org.x.bench;\npublic final class ParseBench {\n    public static void main(String[] args) {}\n}\n");
        java.nio.file.Path fixture = tmp.resolve("src/test/java/org/x/ToolMain.java");
        java.nio.file.Files.writeString(fixture, "package org.x;\npublic class ToolMain {\n    public static void main(String[] args) {}\n}\n");
        Detection d = RepoDetector.detect(tmp).orElseThrow();
        assertThat(d.benches()).containsExactly("java -cp target/classes:target/test-classes org.x.bench.ParseBench");
        assertThat(d.bench()).contains("java -cp target/classes:target/test-classes org.x.bench.ParseBench");
    }

    @Test
    void nothingRecognisedInAnEmptyFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        assertThat(RepoDetector.detect(tmp)).isEmpty();
    }

    @Test
    void testsBuildFilesAndTheBenchmarkAreNeverEditable() {
        RepoSetup s = RepoSetup.of(ExampleRepos.ROOT, "x", BuildSystem.MAVEN, Language.JAVA).withTest("mvn test")
                .withBench("java -cp target/classes org.acme.inventory.cli.InventoryCli 10 10").withCheckOutput(true);
        assertThat(s.mayEdit("src/main/java/org/acme/inventory/catalog/Catalog.java")).isTrue();
        assertThat(s.mayEdit("src/test/java/org/acme/inventory/catalog/CatalogTest.java")).isFalse();
        assertThat(s.mayEdit("src/main/java/org/acme/inventory/cli/InventoryCli.java")).isFalse();
        assertThat(s.mayEdit("pom.xml")).isFalse();
        assertThat(s.mayEdit("src/main/java/org/acme/Bench.java")).isFalse();
        assertThat(s.mayEdit("README.md")).isFalse();
    }
}
