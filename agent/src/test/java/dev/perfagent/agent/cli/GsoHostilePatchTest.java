package dev.perfagent.agent.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patches written to fake a GSO speedup, scored as a user's predictions are ({@code bench --loader gso --predictions}).
 * Each one passed GSO's way of checking and timing (the check and the clock inside the patched process) as opt_base;
 * none may be scored faster here, and each is told apart for what it does. The patches rewrite the dedupe instance's
 * {@code textstats/items.py}, whose slow original they keep for the work they cannot avoid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GsoHostilePatchTest {
    /** The instance's base items.py, from the suite's committed history. */
    static final String ORIGINAL = read(GsoMiniSuiteTest.SUITE.resolve("history/00-initial/textstats/items.py"));
    static final String SLOW = ORIGINAL.replace("def dedupe(items):", "def _slow(items):");

    /** Keeps each test's result in its own tree on the first run and returns it on every later one. */
    static final String CACHE_IN_TREE = """
            import json, os, sys
            _CACHE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_cache_" + sys.argv[3] + ".json")
            """ + SLOW + """
            def dedupe(items):
                if os.path.exists(_CACHE):
                    with open(_CACHE) as f:
                        return json.load(f)
                out = _slow(items)
                with open(_CACHE, "w") as f:
                    json.dump(out, f)
                return out
            """;

    @TempDir
    Path dir;
    Path repos;

    @BeforeAll
    void buildTheRepository(@TempDir Path shared) throws Exception {
        repos = GsoMiniSuiteTest.buildRepos(shared);
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("returns the reference output it finds in its working folder", """
                        import json, os, sys
                        """ + SLOW + """
                        def dedupe(items):
                            mine = os.path.join(os.getcwd(), sys.argv[3] + "_result.json")
                            if os.path.exists(mine):
                                with open(mine) as f:
                                    return json.load(f)
                            return _slow(items)
                        """, List.of("NEUTRAL", "REGRESSED")),
                Arguments.of("keeps its results in its tree for the next run", CACHE_IN_TREE, List.of("REJECTED")),
                Arguments.of("makes the test's timer report a twentieth", """
                        import timeit as _timeit
                        _real = _timeit.timeit
                        def _fast(*a, **k):
                            r = _real(*a, **k)
                            return (r[0] / 20, r[1]) if isinstance(r, tuple) else r / 20
                        _timeit.timeit = _fast
                        """ + ORIGINAL, List.of("REJECTED", "NEUTRAL")),
                Arguments.of("reads the driver's nonce, prints a time and leaves before the check", """
                        import __main__, os, sys
                        def dedupe(items):
                            sys.stdout.write("\\nPERFAGENT_GSO_TIME %s %r\\n" % (__main__.nonce, 1e-6))
                            sys.stdout.flush()
                            os._exit(0)
                        """, List.of("INCORRECT")),
                Arguments.of("does the work at import, before the clock starts", """
                        import random as _random
                        """ + SLOW + """
                        _r = _random.Random(5)
                        _IDS = [_r.randrange(40) for _ in range(300000)]
                        _r = _random.Random(6)
                        _WORDS = ["user-%d" % _r.randrange(35) for _ in range(250000)]
                        _KNOWN = [(_IDS, _slow(_IDS)), (_WORDS, _slow(_WORDS))]
                        def dedupe(items):
                            for seen, out in _KNOWN:
                                if items == seen:
                                    return list(out)
                            return _slow(items)
                        """, List.of("REJECTED", "NEUTRAL")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void aPatchThatFakesItsSpeedupIsNotScoredFaster(String what, String items, List<String> expected) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        Files.writeString(file, GsoMiniSuiteTest.line(GsoMiniSuiteTest.DEDUPE, wholeFile("textstats/items.py", ORIGINAL, items)));
        Path store = dir.resolve("s.db");
        Path suite = dir.resolve("dedupe.jsonl");
        Files.write(suite, Files.readAllLines(GsoMiniSuiteTest.SUITE.resolve("gso-mini.jsonl")).stream()
                .filter(l -> l.contains(GsoMiniSuiteTest.DEDUPE)).toList());
        CliRun r = CliRun.of("bench", suite.toString(), "--loader", "gso", "--repos", repos.toString(),
                "--gso-iterations", "2", "--predictions", file.toString(), "--store", store.toString());
        Map<String, Object> row = GsoMiniSuiteTest.rows(store).get(GsoMiniSuiteTest.DEDUPE);
        System.out.println("GsoHostilePatchTest: " + what + ": " + row.get("verdict") + ": " + row.get("reason"));
        assertThat(row.get("verdict")).as(what + ": " + row).isNotEqualTo("IMPROVED").isIn(expected.toArray());
        assertThat(r.out()).as(r.out() + r.err()).containsPattern("opt@1 / opt@1 +0\\.0% / 0\\.0%").containsPattern("opt_base@1 +0\\.0%");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A git patch that replaces the whole of {@code path}. */
    static String wholeFile(String path, String before, String after) {
        List<String> old = before.lines().toList(), now = after.lines().toList();
        StringBuilder d = new StringBuilder("diff --git a/" + path + " b/" + path + "\n--- a/" + path + "\n+++ b/" + path + "\n");
        d.append("@@ -1,").append(old.size()).append(" +1,").append(now.size()).append(" @@\n");
        old.forEach(l -> d.append('-').append(l).append('\n'));
        now.forEach(l -> d.append('+').append(l).append('\n'));
        return d.toString();
    }
}
