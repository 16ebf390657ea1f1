package dev.perfagent.agent.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench --loader gso --sandbox container}: the bundled gso-mini suite in a locally built image (perfagent's
 * sandbox image plus git and patch: bench/gso/build-mini-image.sh), and the one-line answers when an image is missing,
 * cannot be pulled, or is not named at all.
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GsoContainerTest {
    static final String IMAGE = "perfagent-gso-mini:1";
    Path repos;

    @BeforeAll
    void imageAndRepository(@TempDir Path shared) throws Exception {
        Process p = new ProcessBuilder("bash", Path.of("..", "bench", "gso", "build-mini-image.sh").toString(), IMAGE)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        if (code == 2 && !"1".equals(System.getenv("PERFAGENT_REQUIRE_DOCKER"))) Assumptions.abort("no Docker engine or base image: " + out.strip());
        assertThat(code).as(out).isZero();
        repos = GsoMiniSuiteTest.buildRepos(shared);
    }

    CliRun bench(Path dir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("bench", GsoMiniSuiteTest.SUITE.resolve("gso-mini.jsonl").toString(), "--loader", "gso",
                "--repos", repos.toString(), "--gso-iterations", "2", "--sandbox", "container", "--store", dir.resolve("s.db").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theSuiteRunsInTheLocallyBuiltImageAndTheExpertReachesOptCommit(@TempDir Path dir) throws Exception {
        CliRun r = bench(dir, "--image", IMAGE, "--model", "expert");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("opt@1 / opt@1 +100.0% / 100.0%").contains("tasks 3: ran 3");
        for (Map<String, Object> row : GsoMiniSuiteTest.rows(dir.resolve("s.db")).values()) {
            assertThat(row.get("verdict")).as(row.toString()).isEqualTo("IMPROVED");
        }
    }

    /**
     * A patch's own runs in the container: its outputs go back to the host and are compared there by base's code, its
     * workspace (copied back whole after every run) is checked by content, so a real speedup is IMPROVED and a patch
     * that keeps its results in its tree for the next run is REJECTED.
     */
    @Test
    void aModelsOwnPatchIsCheckedOutsideItsProcessAndACacheInItsTreeIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        String cache = GsoHostilePatchTest.wholeFile("textstats/items.py", GsoHostilePatchTest.ORIGINAL, GsoHostilePatchTest.CACHE_IN_TREE);
        Files.writeString(file, GsoMiniSuiteTest.line(GsoMiniSuiteTest.WORDS, GsoMiniSuiteTest.COUNTER) + GsoMiniSuiteTest.line(GsoMiniSuiteTest.DEDUPE, cache));
        Path suite = dir.resolve("two.jsonl");
        Files.write(suite, Files.readAllLines(GsoMiniSuiteTest.SUITE.resolve("gso-mini.jsonl")).stream()
                .filter(l -> l.contains(GsoMiniSuiteTest.WORDS) || l.contains(GsoMiniSuiteTest.DEDUPE)).toList());
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "gso", "--repos", repos.toString(), "--gso-iterations", "2",
                "--sandbox", "container", "--image", IMAGE, "--predictions", file.toString(), "--store", dir.resolve("p.db").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Map<String, Map<String, Object>> rows = GsoMiniSuiteTest.rows(dir.resolve("p.db"));
        Map<String, Object> words = rows.get(GsoMiniSuiteTest.WORDS);
        assertThat(words.get("verdict")).as(words.toString()).isEqualTo("IMPROVED");
        assertThat((String) words.get("reason")).doesNotContain("checked inside the patched process");
        Map<String, Object> dedupe = rows.get(GsoMiniSuiteTest.DEDUPE);
        assertThat(dedupe.get("verdict")).as(dedupe.toString()).isEqualTo("REJECTED");
        assertThat((String) dedupe.get("reason")).contains("_cache_t0.json was added");
    }

    @Test
    void aMissingImageAFailedPullAndNoImageAtAllAreOneLineEachAndExit2(@TempDir Path dir) {
        CliRun missing = bench(dir, "--image", "perfagent-no-such-image:0", "--model", "expert");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err().strip().lines().toList()).as(missing.err()).hasSize(1);
        assertThat(missing.err()).contains("image perfagent-no-such-image:0 is not here").contains("--image NAME").contains("--pull");

        // no registry can be reached from here (nor from CI): the pull fails, and says what to do instead
        CliRun pull = bench(dir, "--image", "perfagent-no-such-image:0", "--pull", "--model", "expert");
        assertThat(pull.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(pull.err().strip().lines().toList()).as(pull.err()).hasSize(1);
        assertThat(pull.err()).contains("cannot pull perfagent-no-such-image:0").contains("build the image locally").contains("--image NAME");

        CliRun unnamed = bench(dir, "--model", "expert");
        assertThat(unnamed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unnamed.err()).contains("names no container image").contains("--image NAME");
        assertThat(unnamed.noStackTrace()).isTrue();
    }
}
