package dev.perfagent.evaluators.jmh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** JMH's {@code -lp} listing, the jar's place and the command that prints the JSON result. */
class JmhListingTest {

    @Test
    void everyParameterCombinationIsABenchmarkOfItsOwn() {
        String listing = """
                Benchmarks:
                org.acme.inventory.bench.FulfillmentBench.fulfil
                  param "orders" = {3000}
                  param "products" = {1500, 6000}
                org.acme.inventory.bench.InventoryReportBench.render
                """;
        var ids = JmhListing.parse(listing);
        assertThat(ids).extracting(JmhBenchmarkId::name).containsExactly(
                "org.acme.inventory.bench.FulfillmentBench.fulfil (orders=3000, products=1500)",
                "org.acme.inventory.bench.FulfillmentBench.fulfil (orders=3000, products=6000)",
                "org.acme.inventory.bench.InventoryReportBench.render");
        assertThat(ids.get(1).params()).isEqualTo(Map.of("orders", "3000", "products", "6000"));
    }

    @Test
    void aRegexThatSelectsNothingListsNothing() {
        assertThat(JmhListing.parse("Benchmarks: \n")).isEmpty();
    }

    @Test
    void theJarIsFoundWhereTheShadePluginLeavesIt(@TempDir Path dir) throws Exception {
        assertThat(JmhListing.findJar(dir)).isEmpty();
        Files.createDirectories(dir.resolve("bench/target"));
        Files.writeString(dir.resolve("bench/target/bench-jmh.jar"), "");
        assertThat(JmhListing.findJar(dir)).contains("bench/target/bench-jmh.jar");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/benchmarks.jar"), "");
        assertThat(JmhListing.findJar(dir)).contains("target/benchmarks.jar");
    }

    @Test
    void theRunPrintsOnlyTheJsonResultAndQuotesTheRegex() {
        String c = JmhCommand.printingJson("target/benchmarks.jar", "Report|Order's", "-wi 1 -i 3");
        assertThat(c).contains("java -jar 'target/benchmarks.jar' 'Report|Order'\"'\"'s' -f 1 \"$@\" -wi 1 -i 3 -rf json -rff \"$f\" >&2 && cat \"$f\"")
                .contains("set -- -jvmArgsPrepend \"$t\"").contains("JAVA_TOOL_OPTIONS= java");
        assertThat(JmhCommand.format(2.5e-8)).isEqualTo("25.00 ns/op");
        assertThat(JmhCommand.format(0.28)).isEqualTo("280.00 ms/op");
    }
}
