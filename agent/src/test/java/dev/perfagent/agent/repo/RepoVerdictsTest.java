package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator on a repository task: a rewrite that breaks a unit test is INCORRECT and says which test and why; one
 * that edits a test file is REJECTED before anything is built. Tagged slow: the baseline is a Maven build and a test
 * run in the sandbox (about a minute here).
 */
@Tag("slow")
class RepoVerdictsTest {
    static final String CATALOG = "src/main/java/org/acme/inventory/catalog/Catalog.java";
    static final String CATALOG_TEST = "src/test/java/org/acme/inventory/catalog/CatalogTest.java";

    @Test
    void aBrokenTestIsIncorrectWithItsNameAndMessageAndATestEditIsRejected(@TempDir Path tmp) throws Exception {
        String missing = ExampleRepos.mavenMissing();
        Assumptions.assumeTrue(missing == null, missing);
        Path repo = ExampleRepos.ROOT.resolve("java-inventory");
        List<String> files = RepoFiles.list(repo);
        Path copy = tmp.resolve("source");
        RepoFiles.copy(repo, files, copy);
        RepoSetup setup = RepoSetup.of(repo, "java-inventory", BuildSystem.MAVEN, Language.JAVA)
                .withBench("java -cp target/classes org.acme.inventory.cli.InventoryCli 300 300").withCheckOutput(true);
        String test = RepoTask.staged(setup, List.of("CatalogTest"), true);
        Task task = RepoTask.of(setup, tmp, copy, files, List.of(CATALOG), test, "");

        String original = Files.readString(copy.resolve(CATALOG));
        String loop = "        for (int i = 0; i < products.size(); i++) {\n            if (products.get(i).sku().equals(product.sku())) {\n"
                + "                products.set(i, product);\n                return;\n            }\n        }\n        products.add(product);";
        String broken = original.replace(loop, "        products.add(product);");
        assertThat(broken).isNotEqualTo(original);

        try (LocalSandbox sandbox = LocalSandbox.detect(); Evaluator evaluator = new Evaluator(sandbox, EvaluatorOptions.defaults())) {
            Evaluation rejected = evaluator.evaluate(task, Candidate.of("t", Map.of(CATALOG_TEST, "class CatalogTest {}"), "test"));
            assertThat(rejected.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(rejected.reason()).contains(CATALOG_TEST).contains("not editable");

            Evaluation wrong = evaluator.evaluate(task, Candidate.of("b", Map.of(CATALOG, broken), "test"));
            assertThat(wrong.verdict()).as(wrong.reason()).isEqualTo(Verdict.INCORRECT);
            assertThat(wrong.reason()).contains("CatalogTest.relistingReplacesInPlace").contains("expected: <3> but was: <4>");
            assertThat(wrong.correctness().orElseThrow().failedCase()).contains("CatalogTest.relistingReplacesInPlace");
        }
    }
}
