package dev.perfagent.agent.cli;

import dev.perfagent.agent.repo.ExampleRepos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfagent optimize --repo} on the bundled Maven example with the offline rules, as a user runs it: the report
 * concatenation hot spot is found by profiling, fixed by the StringBuilder rule, verified faster with the whole test
 * suite passing, and the patch is committed on a branch without touching the checkout. About two minutes here.
 */
class RepoOptimizeCommandTest {
    static final String BENCH = "java -cp target/classes org.acme.inventory.cli.InventoryCli 3000 6000";

    @Test
    void rulesFindAndVerifyTheReportHotSpotAndCommitItOnABranch(@TempDir Path tmp) throws Exception {
        String missing = ExampleRepos.mavenMissing();
        Assumptions.assumeTrue(missing == null, missing);
        Path repo = ExampleRepos.checkout("java-inventory", tmp);
        Path runs = tmp.resolve("runs");

        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--bench", BENCH, "--model", "rules", "--rounds", "1",
                "--candidates", "2", "--budget", "20", "--max-runs", "12", "--threshold", "1.3", "--no-profile",
                "--runs-dir", runs.toString(), "--run-id", "inv", "--branch", "perfagent/faster");

        assertThat(r.noStackTrace()).as(r.err()).isTrue();
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("IMPROVED").contains("committed the patch on branch perfagent/faster");
        Path run = runs.resolve("inv");
        String patch = Files.readString(run.resolve("best.patch"));
        assertThat(patch).contains("src/main/java/org/acme/inventory/report/InventoryReport.java").contains("StringBuilder")
                .doesNotContain("src/test/");
        assertThat(Files.readString(run.resolve("report.md"))).contains("Profile before").contains("Profile after")
                .contains("InventoryReport.render");
        // the user's checkout is as it was; the branch holds the change, and its tests pass
        assertThat(ExampleRepos.gitOut(repo, "status", "--porcelain")).isEmpty();
        assertThat(ExampleRepos.gitOut(repo, "rev-parse", "--abbrev-ref", "HEAD").strip()).isNotEqualTo("perfagent/faster");
        assertThat(ExampleRepos.gitOut(repo, "show", "perfagent/faster", "--stat")).contains("InventoryReport.java");
        ExampleRepos.git(repo, "apply", run.resolve("best.patch").toString());
        Process test = new ProcessBuilder("mvn", "-q", "-o", "-B", "test").directory(repo.toFile()).redirectErrorStream(true).start();
        String log = new String(test.getInputStream().readAllBytes());
        assertThat(test.waitFor()).as(log).isZero();
    }
}
