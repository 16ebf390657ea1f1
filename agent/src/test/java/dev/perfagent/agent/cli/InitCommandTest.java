package dev.perfagent.agent.cli;

import dev.perfagent.agent.repo.ExampleRepos;
import dev.perfagent.agent.run.ConfigFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** perfagent init: a commented perfagent.yaml that optimize reads back, and one-line errors. */
class InitCommandTest {
    @Test
    void writesAConfigThatOptimizeAccepts(@TempDir Path tmp) throws Exception {
        Path repo = ExampleRepos.checkout("py-textindex", tmp);
        CliRun r = CliRun.of("init", "--repo", repo.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Python").contains("benchmark: python3 -B bench.py");
        String yaml = Files.readString(repo.resolve("perfagent.yaml"));
        assertThat(yaml).contains("bench: \"python3 -B bench.py\"").contains("# test: \"python3 -B -m unittest discover -s tests -t .\"");
        ConfigFile c = ConfigFile.load(Optional.of(repo.resolve("perfagent.yaml")));
        assertThat(c.text("repo.bench")).contains("python3 -B bench.py");
        assertThat(c.text("repo.test")).isEmpty();

        CliRun again = CliRun.of("init", "--repo", repo.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("exists; add --force");
    }

    @Test
    void jmhBenchmarksAreListedBesideTheBenchCommand(@TempDir Path tmp) throws Exception {
        Path repo = ExampleRepos.checkout("java-inventory", tmp);
        Files.delete(repo.resolve("perfagent.yaml"));
        CliRun r = CliRun.of("init", "--repo", repo.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("benchmark: java -cp target/classes org.acme.inventory.cli.InventoryCli").contains("2 JMH benchmark(s)");
        String yaml = Files.readString(repo.resolve("perfagent.yaml"));
        assertThat(yaml).contains("#   benchmark: org.acme.inventory.bench.FulfillmentBench.fulfil")
                .contains("#   benchmark: org.acme.inventory.bench.InventoryReportBench.render")
                .contains("# jmh: \"org.acme.inventory.bench.\"").contains("\"mvn -q -o -B package -DskipTests -Pjmh -Dmaven.javadoc.skip=true");
        ConfigFile c = ConfigFile.load(Optional.of(repo.resolve("perfagent.yaml")));
        assertThat(c.text("repo.bench")).isPresent();
        assertThat(c.text("repo.jmh")).isEmpty();
    }

    @Test
    void withoutABenchmarkCommandTheJmhBenchmarksAreTheWorkload(@TempDir Path tmp) throws Exception {
        Path repo = ExampleRepos.checkout("java-inventory", tmp);
        Files.delete(repo.resolve("perfagent.yaml"));
        Files.delete(repo.resolve("src/main/java/org/acme/inventory/cli/InventoryCli.java"));
        CliRun r = CliRun.of("init", "--repo", repo.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("benchmark: the JMH benchmarks matching org.acme.inventory.bench.");
        ConfigFile c = ConfigFile.load(Optional.of(repo.resolve("perfagent.yaml")));
        assertThat(c.text("repo.jmh")).contains("org.acme.inventory.bench.");
        assertThat(c.text("repo.bench")).isEmpty();
        assertThat(c.text("repo.check-output")).contains("false");
    }

    @Test
    void noBuildIsAUserError(@TempDir Path tmp) {
        CliRun r = CliRun.of("init", "--repo", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no build recognised").doesNotContain("\tat ");
        CliRun o = CliRun.of("optimize", "--repo", tmp.toString(), "--model", "rules");
        assertThat(o.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(o.err()).contains("no build recognised");
    }
}
