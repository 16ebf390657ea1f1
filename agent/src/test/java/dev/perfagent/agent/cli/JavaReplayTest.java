package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.repo.ExampleRepos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour replay (Java): the targeted method's calls recorded by a Java agent in the benchmark's JVM while the
 * original runs are made again against each candidate's compiled classes after its tests. The project's only test
 * uses whole prices and the benchmark prints nothing it computes, so a rewrite that rounds once instead of per line
 * passes both and only the replay sees it: INCORRECT, naming the method and the call. A rewrite that keeps the
 * behaviour replays clean and is measured. The target is named ({@code --target}, {@code --no-profile}) to spare a
 * profiled build; the other kinds of difference (arguments mutated, exceptions, receiver state) are
 * {@code JavaReplayAgentTest}'s, without Maven. A small Maven project built five times: 260 s at load 17 (niced), tagged slow.
 */
class JavaReplayTest {

    private static Path repo(Path tmp) throws Exception {
        Path repo = ExampleRepos.checkout("java-inventory", tmp.resolve("template"));
        Path shop = tmp.resolve("shop");
        Files.createDirectories(shop.resolve("src/main/java/shop"));
        Files.createDirectories(shop.resolve("src/test/java/shop"));
        // the bundled example's build (its plugin versions resolve offline wherever perfagent was built)
        Files.writeString(shop.resolve("pom.xml"), Files.readString(repo.resolve("pom.xml"))
                .replace("<artifactId>inventory</artifactId>", "<artifactId>shop</artifactId>"));
        Files.writeString(shop.resolve("src/main/java/shop/Prices.java"), """
                package shop;

                public final class Prices {
                    private Prices() {
                    }

                    /** Sum of price times quantity in cents, each line rounded half up. */
                    public static long totalCents(double[] prices, int[] quantities) {
                        long total = 0;
                        for (int i = 0; i < prices.length; i++) {
                            long line = (long) Math.floor(prices[i] * quantities[i] * 100 + 0.5);
                            total = total + line;
                        }
                        return total;
                    }
                }
                """);
        Files.writeString(shop.resolve("src/main/java/shop/Bench.java"), """
                package shop;

                import java.util.Random;

                public final class Bench {
                    public static void main(String[] args) {
                        Random rng = new Random(7);
                        double[][] prices = new double[40][300];
                        int[][] quantities = new int[40][300];
                        for (int b = 0; b < 40; b++) {
                            for (int i = 0; i < 300; i++) {
                                prices[b][i] = Math.round(rng.nextDouble() * 20_000) / 1000.0;
                                quantities[b][i] = 1 + rng.nextInt(9);
                            }
                        }
                        long sink = 0;
                        for (int round = 0; round < 1500; round++) {
                            for (int b = 0; b < 40; b++) sink += Prices.totalCents(prices[b], quantities[b]);
                        }
                        System.out.println(sink != 42 ? "done" : "unlikely");
                    }
                }
                """);
        Files.writeString(shop.resolve("src/test/java/shop/PricesTest.java"), """
                package shop;

                import org.junit.jupiter.api.Test;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                class PricesTest {
                    @Test
                    void wholePrices() {
                        assertEquals(700, Prices.totalCents(new double[]{2, 1}, new int[]{3, 1}));
                    }
                }
                """);
        ExampleRepos.git(shop, "init", "-q");
        ExampleRepos.git(shop, "add", "-A");
        ExampleRepos.git(shop, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "shop");
        return shop;
    }

    private static String reply(String body) {
        return "src/main/java/shop/Prices.java\n```java\n<<<<<<< SEARCH\n        long total = 0;\n        for (int i = 0; i < prices.length; i++) {\n"
                + "            long line = (long) Math.floor(prices[i] * quantities[i] * 100 + 0.5);\n            total = total + line;\n        }\n"
                + "        return total;\n=======\n" + body + ">>>>>>> REPLACE\n```\n";
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void aRewriteThatChangesResultsOnRecordedCallsIsIncorrectByReplay(@TempDir Path tmp) throws Exception {
        String missing = ExampleRepos.mavenMissing();
        Assumptions.assumeTrue(missing == null, missing);
        Path repo = repo(tmp);
        ObjectMapper json = new ObjectMapper();
        Path replies = tmp.resolve("replies.jsonl");
        Files.writeString(replies, String.join("\n", List.of(
                // rounds the sum once instead of each line: the same on whole prices, different on the recorded baskets
                json.writeValueAsString(Map.of("reply", reply("""
                                double sum = 0;
                                for (int i = 0; i < prices.length; i++) sum += prices[i] * quantities[i];
                                return (long) Math.floor(sum * 100 + 0.5);
                        """))),
                // the same per-line rounding, one local fewer: behaviour kept
                json.writeValueAsString(Map.of("reply", reply("""
                                long total = 0;
                                for (int i = 0; i < prices.length; i++) total += (long) Math.floor(prices[i] * quantities[i] * 100 + 0.5);
                                return total;
                        """))))) + "\n");
        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--bench", "java -cp target/classes shop.Bench", "--model", "replay:" + replies,
                "--target", "src/main/java/shop/Prices.java:totalCents", "--no-profile", "--rounds", "2", "--budget", "4", "--runs-dir", tmp.resolve("runs").toString(), "--run-id", "replay");
        assertThat(r.noStackTrace()).as(r.err()).isTrue();
        assertThat(r.err()).as(r.out() + r.err()).contains("call(s) of the targets for replay (0 not recordable)");
        List<JsonNode> evals = dev.perfagent.agent.loop.Trajectory.read(tmp.resolve("runs/replay")).stream()
                .filter(e -> e.path("type").asText().equals("evaluation")).toList();
        assertThat(evals).as(r.out() + r.err()).hasSize(2);
        JsonNode first = evals.get(0).path("evaluation");
        assertThat(first.path("verdict").asText()).as(first.toString()).isEqualTo("INCORRECT");
        assertThat(first.path("reason").asText()).contains("REPLAY FAILED: shop.Prices.totalCents(double[], int[]) call 1 of", "returned",
                "recorded: returned");
        JsonNode second = evals.get(1).path("evaluation");
        assertThat(second.path("verdict").asText()).as(second.toString()).isIn("IMPROVED", "NEUTRAL", "REGRESSED");
    }
}
