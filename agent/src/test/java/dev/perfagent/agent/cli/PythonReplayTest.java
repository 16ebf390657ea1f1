package dev.perfagent.agent.cli;

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
 * Behaviour replay (Python): the targeted function's calls recorded while the original runs its benchmark are made
 * again against each candidate. A rewrite that rounds differently passes the project's only test (whole-cent prices)
 * and the benchmark prints nothing it computes, so nothing but the replay sees the change: INCORRECT, naming the first
 * differing call. A rewrite that keeps the behaviour replays clean and goes on to be measured.
 */
class PythonReplayTest {

    private static Path repo(Path tmp) throws Exception {
        Path repo = tmp.resolve("shop");
        Files.createDirectories(repo.resolve("shop"));
        Files.createDirectories(repo.resolve("tests"));
        Files.writeString(repo.resolve("shop/__init__.py"), "");
        Files.writeString(repo.resolve("shop/prices.py"), """
                def total_cents(items):
                    \"\"\"Sum of price times quantity in cents, each line rounded half up.\"\"\"
                    total = 0
                    for price, qty in items:
                        line = int(price * qty * 100 + 0.5)
                        total = total + line
                    return total
                """);
        Files.writeString(repo.resolve("tests/__init__.py"), "");
        Files.writeString(repo.resolve("tests/test_prices.py"), """
                import unittest
                from shop.prices import total_cents

                class Prices(unittest.TestCase):
                    def test_whole_prices(self):
                        self.assertEqual(total_cents([(2, 3), (1, 1)]), 700)
                """);
        Files.writeString(repo.resolve("bench.py"), """
                import random
                from shop.prices import total_cents
                rng = random.Random(7)
                baskets = [[(round(rng.uniform(0.1, 20), 3), rng.randint(1, 9)) for _ in range(300)] for _ in range(60)]
                for _ in range(4):
                    for b in baskets:
                        total_cents(b)
                print("done")
                """);
        return repo;
    }

    private static String reply(String body) {
        return "shop/prices.py\n```python\n<<<<<<< SEARCH\n    total = 0\n    for price, qty in items:\n        line = int(price * qty * 100 + 0.5)\n"
                + "        total = total + line\n    return total\n=======\n" + body + ">>>>>>> REPLACE\n```\n";
    }

    @Test
    void aRewriteThatChangesResultsOnRecordedCallsIsIncorrectByReplay(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ExampleRepos.onPath("python3"), "needs python3");
        Path repo = repo(tmp);
        ObjectMapper json = new ObjectMapper();
        Path replies = tmp.resolve("replies.jsonl");
        Files.writeString(replies, String.join("\n", List.of(
                // rounds the sum once instead of each line: same on whole prices, different on the recorded baskets
                json.writeValueAsString(Map.of("reply", reply("    return int(sum(p * q for p, q in items) * 100 + 0.5)\n"))),
                // right results, but the caller's list comes back sorted: an effect on the arguments the tests do not look at
                json.writeValueAsString(Map.of("reply", reply("    items.sort()\n    return sum(int(p * q * 100 + 0.5) for p, q in items)\n"))),
                // the same rounding per line, written as a generator: behaviour kept
                json.writeValueAsString(Map.of("reply", reply("    return sum(int(p * q * 100 + 0.5) for p, q in items)\n"))))) + "\n");
        CliRun r = CliRun.of("optimize", "--repo", repo.toString(), "--model", "replay:" + replies, "--rounds", "3", "--budget", "4",
                "--runs-dir", tmp.resolve("runs").toString(), "--run-id", "replay");
        assertThat(r.err()).as(r.out() + r.err()).contains("recorded ", "call(s) of the targets for replay");
        List<com.fasterxml.jackson.databind.JsonNode> evals = dev.perfagent.agent.loop.Trajectory.read(tmp.resolve("runs/replay"))
                .all(dev.perfagent.agent.loop.TrajectoryEvent.Evaluated.class).stream()
                .map(e -> (com.fasterxml.jackson.databind.JsonNode) dev.perfagent.agent.loop.Trajectory.JSON.valueToTree(e)).toList();
        assertThat(evals).hasSize(3);
        com.fasterxml.jackson.databind.JsonNode first = evals.get(0).path("evaluation");
        assertThat(first.path("verdict").asText()).as(first.toString()).isEqualTo("INCORRECT");
        assertThat(first.path("reason").asText()).contains("REPLAY FAILED: shop.prices:total_cents call 1 of", "returned", "recorded");
        com.fasterxml.jackson.databind.JsonNode second = evals.get(1).path("evaluation");
        assertThat(second.path("verdict").asText()).isEqualTo("INCORRECT");
        assertThat(second.path("reason").asText()).contains("REPLAY FAILED: shop.prices:total_cents call 1 of", "its arguments afterwards are");
        String third = evals.get(2).path("evaluation").path("verdict").asText();
        assertThat(third).as(evals.get(2).toString()).isIn("IMPROVED", "NEUTRAL", "REGRESSED");
    }
}
