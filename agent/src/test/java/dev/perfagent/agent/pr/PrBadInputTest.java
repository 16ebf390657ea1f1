package dev.perfagent.agent.pr;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input ends with exit code 2 and one line saying what to do, before anything is measured; never a stack trace. */
class PrBadInputTest {
    @TempDir
    static Path tmp;
    static GitRepoFixture repo;
    static String base;

    @BeforeAll
    static void repository() throws Exception {
        repo = new GitRepoFixture(tmp.resolve("repo"));
        base = repo.commit("base", Map.of("bench.py", GitRepoFixture.benchPy(), "work.py", GitRepoFixture.work()));
    }

    private static PrCli pr(Map<String, String> env, String... more) {
        String[] args = new String[more.length + 5];
        System.arraycopy(new String[] {"pr", "--repo", repo.dir.toString(), "--out", tmp.resolve("out").toString()}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return PrCli.run(env, args);
    }

    private static void assertOneLine(PrCli r, String expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.noStackTrace()).isTrue();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(expected);
    }

    @Test
    void aMissingRefSaysHowToFetchIt() {
        PrCli r = pr(Map.of(), "--base", base, "--head", "feature/nope", "--bench", GitRepoFixture.BENCH);
        assertOneLine(r, "ref feature/nope not found in " + repo.dir + ": fetch it (git fetch origin feature/nope) or check the name");
    }

    @Test
    void noBenchmarkIsAnError() {
        PrCli r = pr(Map.of(), "--base", base, "--head", base);
        assertOneLine(r, "no benchmark given: add --bench \"<command>\" (repeatable) or --jmh <regex>");
    }

    @Test
    void commentWithoutATokenSaysWhichLineToAdd() {
        PrCli r = pr(Map.of("GITHUB_REPOSITORY", "acme/widgets"), "--base", base, "--head", base, "--bench", GitRepoFixture.BENCH, "--comment");
        assertOneLine(r, "GITHUB_TOKEN is not set: add `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`");
    }

    @Test
    void commentOutsideAPullRequestEventSaysSo() {
        PrCli r = pr(Map.of("GITHUB_TOKEN", "t", "GITHUB_REPOSITORY", "acme/widgets"), "--base", base, "--head", base,
                "--bench", GitRepoFixture.BENCH, "--comment");
        assertOneLine(r, "no pull request number");
    }

    @Test
    void aFolderThatIsNotARepositoryIsNamed() {
        PrCli r = PrCli.run(Map.of(), "pr", "--repo", tmp.toString(), "--base", "a", "--head", "b", "--bench", "true");
        assertOneLine(r, tmp + " is not a git repository");
    }

    @Test
    void missingBaseIsAFlagError() {
        PrCli r = pr(Map.of(), "--head", base, "--bench", GitRepoFixture.BENCH);
        assertOneLine(r, "Missing required option: '--base=REF'");
    }

    @Test
    void anUnknownModelForSuggestIsNamed() {
        PrCli r = pr(Map.of(), "--base", base, "--head", base, "--bench", GitRepoFixture.BENCH, "--suggest", "--model", "nosuch");
        assertOneLine(r, "'nosuch' names no provider");
    }
}
