package dev.perfagent.agent.bench.gso;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's compare mode, run as the harness runs it in the base tree, here with plain python3: a test whose
 * {@code load_result} unpickles. Outputs written by a patched run are data at most: a pickle that would call anything
 * (here os.system, to leave a file behind) is refused before it runs, while equal data compares equal.
 */
class GsoDriverTest {
    static final String TEST = """
            import pickle

            def load_result(filename):
                with open(filename, "rb") as f:
                    return pickle.load(f)

            def check_equivalence(reference, current):
                assert reference == current, "results differ"
            """;

    @TempDir
    Path ws;

    @Test
    void outputsToCompareMayHoldDataOnlyNeverACall() throws Exception {
        setUp();
        pickle("gold/t0_result.pkl", "{'counts': [1, 2, 3], 'when': __import__('datetime').date(2026, 12, 2)}");
        pickle("cand/t0_result.pkl", "{'counts': [1, 2, 3], 'when': __import__('datetime').date(2026, 12, 2)}");
        Result same = compare();
        assertThat(same.code).as(same.out).isZero();
        assertThat(same.out).contains(GsoDriver.SAME + "n0nce");

        Path pwned = ws.resolve("pwned");
        Files.writeString(ws.resolve("evil.py"), """
                import os, pickle, sys
                class Evil:
                    def __reduce__(self):
                        return (os.system, ("touch %s",))
                with open(sys.argv[1], "wb") as f:
                    pickle.dump(Evil(), f)
                """.formatted(pwned));
        run(List.of("python3", ws.resolve("evil.py").toString(), ws.resolve("cand/t0_result.pkl").toString()));
        Result evil = compare();
        assertThat(evil.code).isNotZero();
        assertThat(evil.out).contains("posix.system is not data").doesNotContain(GsoDriver.SAME);
        assertThat(pwned).doesNotExist();

        pickle("cand/t0_result.pkl", "{'counts': [1, 2, 4], 'when': __import__('datetime').date(2026, 12, 2)}");
        Result different = compare();
        assertThat(different.code).isNotZero();
        assertThat(different.out).contains("AssertionError").contains("check_equivalence");
    }

    private void setUp() throws Exception {
        Files.createDirectories(ws.resolve(".perfagent"));
        Files.writeString(ws.resolve(GsoDriver.FILE), GsoDriver.SOURCE);
        Files.createDirectories(ws.resolve("tests"));
        Files.writeString(ws.resolve("tests/t0.py"), TEST);
        for (String d : List.of("refs", "gold", "cand", "tree")) Files.createDirectories(ws.resolve(d));
    }

    private void pickle(String file, String value) throws Exception {
        run(List.of("python3", "-c", "import pickle, sys; pickle.dump(" + value + ", open(sys.argv[1], 'wb'))", ws.resolve(file).toString()));
    }

    private record Result(int code, String out) {
    }

    private Result compare() throws Exception {
        Path nonce = ws.resolve("nonce.txt");
        Files.writeString(nonce, "n0nce\n");
        Process p = new ProcessBuilder("python3", "-B", GsoDriver.FILE, "tests/t0.py", "compare", "t0", "refs", "tree", "gold", "cand")
                .directory(ws.toFile()).redirectErrorStream(true).redirectInput(nonce.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }
}
