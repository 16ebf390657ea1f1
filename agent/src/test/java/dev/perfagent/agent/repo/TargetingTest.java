package dev.perfagent.agent.repo;

import dev.perfagent.sandbox.profile.FrameCosts;
import dev.perfagent.sandbox.profile.FrameFilter;
import dev.perfagent.sandbox.profile.Profile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking hot methods: library frames count on the repository method that called them; tests and benchmarks never rank. */
class TargetingTest {
    private final Path root = ExampleRepos.ROOT.resolve("java-inventory");
    private final JavaSourceIndex index = JavaSourceIndex.of(root, RepoFiles.list(root));

    @Test
    void libraryCostLandsOnTheCallingMethod() {
        FrameCosts costs = new FrameCosts(new RepoFrames(FrameFilter.none(), index));
        String cli = "org.acme.inventory.cli.InventoryCli.main;";
        costs.addStack(List.of((cli + "org.acme.inventory.orders.Fulfillment.fulfillOne;org.acme.inventory.catalog.Catalog.find;java.lang.String.equals").split(";")), 60);
        costs.addStack(List.of((cli + "org.acme.inventory.report.InventoryReport.render;java.lang.StringConcatHelper.simpleConcat").split(";")), 30);
        costs.addStack(List.of((cli + "org.acme.inventory.report.InventoryReport.render").split(";")), 5);
        costs.addStack(List.of((cli + "java.lang.String.format").split(";")), 5);
        Profile p = costs.toProfile("test", "samples", Optional.empty());

        RepoSetup setup = RepoSetup.of(root, "x", BuildSystem.MAVEN, dev.perfagent.datasets.Language.JAVA).withTest("t")
                .withBench("java -cp target/classes org.acme.inventory.cli.InventoryCli").withCheckOutput(true);
        List<Target> ranked = Targeting.rank(p, index, setup::mayEdit);
        assertThat(ranked).extracting(t -> t.method().name()).containsExactly("find", "render", "fulfillOne");
        assertThat(ranked.get(0).self()).isEqualTo(60);
        assertThat(ranked.get(1).selfPercent()).isEqualTo(35.0);
        // InventoryCli.main is the benchmark: its 5% of String.format is nobody's to fix
        assertThat(ranked).noneMatch(t -> t.method().file().contains("InventoryCli"));
        List<Target> top = Targeting.top(ranked, 3);
        assertThat(top).hasSize(2); // fulfillOne has no self cost worth a candidate
        assertThat(Targeting.files(top)).containsExactly("src/main/java/org/acme/inventory/catalog/Catalog.java",
                "src/main/java/org/acme/inventory/report/InventoryReport.java");

        String context = TargetContext.render(setup, top, index, Profile.unavailable("none", "n/a"));
        assertThat(context).contains("1. org.acme.inventory.catalog.Catalog.find: 60.0% self")
                .contains("public Optional<Product> find(String sku)")
                .contains("fields of Catalog: private final List<Product> products = new ArrayList<>()\n")
                .contains("called by: Catalog: public Product require(String sku)")
                .contains("its output must stay exactly the same");

        // ranked by the profile: a caller the profile saw first, then the method's own class; unseen callers elsewhere
        // (a common name matches unrelated calls) left out
        SourceMethod add = method("a.Index.add", "a.Index");
        SourceMethod sameClass = method("a.Index.addAll", "a.Index");
        SourceMethod hot = method("a.Loader.load", "a.Loader");
        SourceMethod unrelated = method("b.Cart.put", "b.Cart"); // calls some other add()
        List<SourceMethod> all = List.of(unrelated, sameClass, hot);
        assertThat(TargetContext.rankedCallers(all, add, java.util.Map.of("a.Loader.load", 60L))).containsExactly(hot, sameClass);
        // without a profile nothing is dropped
        assertThat(TargetContext.rankedCallers(all, add, java.util.Map.of())).containsExactly(sameClass, unrelated, hot);
    }

    @Test
    void coveringTestsByNameAndReference() {
        List<String> files = RepoFiles.list(root);
        assertThat(CoveringTests.forJava(root, files, List.of("src/main/java/org/acme/inventory/catalog/Catalog.java")))
                .containsExactlyInAnyOrder("CatalogTest", "CatalogLoaderTest", "FulfillmentTest");
        assertThat(RepoTask.staged(RepoSetup.of(root, "x", BuildSystem.MAVEN, dev.perfagent.datasets.Language.JAVA)
                .withTest("mvn -q -o -B test").withBench("b").withCheckOutput(true), List.of("CatalogTest"), true))
                .isEqualTo("mvn -q -o -B surefire:test -Dtest=CatalogTest -Dsurefire.failIfNoSpecifiedTests=false && "
                        + "mvn -q -o -B surefire:test -Dtest='!CatalogTest' -Dsurefire.failIfNoSpecifiedTests=false");
        assertThat(RepoTask.mavenCovering(List.of("CatalogTest"), true, false))
                .isEqualTo("mvn -q -o -B test " + MavenFlags.line() + " -Dtest=CatalogTest -Dsurefire.failIfNoSpecifiedTests=false");
    }

    private static SourceMethod method(String key, String owner) {
        return new SourceMethod(key, owner, key.substring(key.lastIndexOf('.') + 1), "void " + key + "()", "F.java", 1, 2, List.of("add"));
    }
}
