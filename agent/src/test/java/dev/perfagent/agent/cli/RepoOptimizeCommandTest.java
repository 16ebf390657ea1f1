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
    /** Many products, few orders: the report's quadratic concatenation dominates (about 1.5-1.9x of CPU time here). */
    static final String BENCH = "java -cp target/classes org.acme.inventory.cli.InventoryCli 6000 200";
    /** Many orders over a large catalog: its linear lookups dominate (about 1.45x of CPU time when indexed, 2 cores, load 2). */
    static final String ORDERS_BENCH = "java -cp target/classes org.acme.inventory.cli.InventoryCli 3000 12000";

    @Test
    void rulesFindAndVerifyTheReportHotSpotAndCommitItOnABranch(@TempDir Path tmp) throws Exception {
        String missing = ExampleRepos.mavenMissing();
        Assumptions.assumeTrue(missing == null, missing);
        Path repo = ExampleRepos.checkout("java-inventory", tmp);
        Path runs = tmp.resolve("runs");

        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--bench", BENCH, "--model", "rules", "--rounds", "1",
                "--candidates", "2", "--budget", "240", "--max-runs", "20", "--no-profile",
                "--runs-dir", runs.toString(), "--run-id", "inv", "--branch", "perfagent/faster");

        assertThat(r.noStackTrace()).as(r.err()).isTrue();
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("IMPROVED").contains("committed the patch on branch perfagent/faster");
        double speedup = Double.parseDouble(r.out().replaceAll("(?s).*?([0-9.]+)×.*", "$1"));
        assertThat(speedup).as(r.out()).isGreaterThanOrEqualTo(1.3);
        Path run = runs.resolve("inv");
        String patch = Files.readString(run.resolve("best.patch"));
        assertThat(patch).contains("src/main/java/org/acme/inventory/report/InventoryReport.java").contains("StringBuilder")
                .doesNotContain("src/test/");
        // --no-profile: the original is profiled once to find the targets, the best candidate is not profiled again
        assertThat(Files.readString(run.resolve("report.md"))).contains("Profile before").doesNotContain("Profile after")
                .contains("InventoryReport.render");
        assertThat(r.err()).contains("--no-profile: the original is still profiled once");
        // the user's checkout is as it was; the branch holds the change, and its tests pass
        assertThat(ExampleRepos.gitOut(repo, "status", "--porcelain")).isEmpty();
        assertThat(ExampleRepos.gitOut(repo, "rev-parse", "--abbrev-ref", "HEAD").strip()).isNotEqualTo("perfagent/faster");
        assertThat(ExampleRepos.gitOut(repo, "show", "perfagent/faster", "--stat")).contains("InventoryReport.java");
        ExampleRepos.git(repo, "apply", run.resolve("best.patch").toString());
        Process test = new ProcessBuilder("mvn", "-q", "-o", "-B", "test").directory(repo.toFile()).redirectErrorStream(true).start();
        String log = new String(test.getInputStream().readAllBytes());
        assertThat(test.waitFor()).as(log).isZero();
    }

    /**
     * The same flow with a recorded model reply that indexes the catalog by SKU (the algorithmic hot spot), applied to
     * the working tree with --apply. Tagged slow: another Maven baseline and candidate, about five minutes here.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void aReplayedReplyFixingTheCatalogLookupsIsVerifiedAndApplied(@TempDir Path tmp) throws Exception {
        String missing = ExampleRepos.mavenMissing();
        Assumptions.assumeTrue(missing == null, missing);
        Path repo = ExampleRepos.checkout("java-inventory", tmp);
        Path reply = ExampleRepos.ROOT.resolve("replies/java-inventory-catalog-index.jsonl");

        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--bench", ORDERS_BENCH, "--model", "replay:" + reply,
                "--rounds", "1", "--candidates", "1", "--budget", "240", "--max-runs", "20", "--no-profile",
                "--runs-dir", tmp.resolve("runs").toString(), "--run-id", "idx", "--apply");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("IMPROVED").contains("applied");
        assertThat(Files.readString(repo.resolve("src/main/java/org/acme/inventory/catalog/Catalog.java"))).contains("positions.get(sku)");
        assertThat(ExampleRepos.gitOut(repo, "status", "--porcelain")).contains("Catalog.java");
    }
}
