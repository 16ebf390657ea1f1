package dev.perfagent.agent.repo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java replay's agent and replayer without Maven or a sandbox: a small program is compiled, run once with the
 * agent jar perfagent assembles, and its recorded calls replayed against rewritten versions of its class — each
 * behaviour change (result, exception, an argument mutated, the receiver's state) is named at its first differing
 * call, behaviour-keeping rewrites pass, a class whose fields changed has its receiver's calls skipped and counted,
 * a lambda held in a static field is replayed as that field, and one that is not is counted as not recordable. About ten seconds (a few JVMs).
 */
class JavaReplayAgentTest {
    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String ORIGINAL = """
            package shop;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.IntUnaryOperator;

            public class Ledger {
                private final List<Long> entries = new ArrayList<>();
                static final IntUnaryOperator INC = v -> v + 1;

                public static long totalCents(double[] prices, int[] qty) {
                    long total = 0;
                    for (int i = 0; i < prices.length; i++) total += (long) Math.floor(prices[i] * qty[i] * 100 + 0.5);
                    return total;
                }

                public int post(long cents) {
                    if (cents < 0) throw new IllegalArgumentException("negative: " + cents);
                    entries.add(cents);
                    return entries.size();
                }

                public static int apply(IntUnaryOperator f, int x) {
                    return f.applyAsInt(x);
                }

                public static void main(String[] args) {
                    java.util.Random r = new java.util.Random(3);
                    Ledger l = new Ledger();
                    for (int n = 0; n < 30; n++) {
                        double[] p = new double[20];
                        int[] q = new int[20];
                        for (int i = 0; i < 20; i++) {
                            p[i] = Math.round(r.nextDouble() * 20_000) / 1000.0;
                            q[i] = 1 + r.nextInt(9);
                        }
                        long t = totalCents(p, q);
                        try {
                            l.post(n % 5 == 4 ? -t : t);
                        } catch (IllegalArgumentException e) {
                            // recorded as thrown
                        }
                        apply(n % 2 == 0 ? INC : v -> v * 2, n);
                    }
                    System.out.println("done");
                }
            }
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void recordTheOriginal() throws Exception {
        compile(ORIGINAL);
        ReplayJvm.Result r = ReplayJvm.record(dir, KEY, "shop.Ledger#totalCents,shop.Ledger#post,shop.Ledger#apply", "shop.Ledger");
        assertThat(r.code()).as(r.out()).isZero();
        // 30 calls of each of the three; apply takes a lambda: the one in a static field is written as that field,
        // the other (15 calls) cannot be made again and is counted
        assertThat(r.out()).contains("done", "perfagent-replay: recorded 75 call(s), 15 not recordable (the first: a shop.Ledger$$Lambda");
        assertThat(new String(Files.readAllBytes(dir.resolve(PythonReplay.DIR).resolve("calls.bin")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("sealed: no class name in clear").doesNotContain("shop.Ledger", "totalCents");
    }

    @Test
    void theOriginalAndABehaviourKeepingRewriteReplayClean() throws Exception {
        compile(ORIGINAL);
        assertThat(replay().out()).contains("replayed 75 recorded call(s) (15 not recordable)");
        compile(ORIGINAL.replace("total += (long) Math.floor(prices[i] * qty[i] * 100 + 0.5);",
                "{ double c = prices[i] * qty[i] * 100; total += (long) Math.floor(c + 0.5); }"));
        ReplayJvm.Result r = replay();
        assertThat(r.code()).as(r.out()).isZero();
    }

    @Test
    void aChangedResultIsNamedAtItsFirstCall() throws Exception {
        compile(ORIGINAL.replace("(long) Math.floor(prices[i] * qty[i] * 100 + 0.5)", "(long) (prices[i] * qty[i] * 100)"));
        ReplayJvm.Result r = replay();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("REPLAY FAILED: shop.Ledger.totalCents(double[], int[]) call 1 of 75: returned ", ", recorded: returned ");
    }

    @Test
    void aMutatedArgumentAnExceptionNoLongerThrownAndReceiverStateAreEachCaught() throws Exception {
        compile(ORIGINAL.replace("return total;", "java.util.Arrays.sort(qty);\n        return total;"));
        assertThat(replay().out()).contains("REPLAY FAILED: shop.Ledger.totalCents(double[], int[]) call 1 of 75: argument 2 afterwards is [");

        compile(ORIGINAL.replace("if (cents < 0) throw new IllegalArgumentException(\"negative: \" + cents);", ""));
        assertThat(replay().out()).contains("REPLAY FAILED: shop.Ledger.post(long) call 12 of 75: returned 5, recorded: threw java.lang.IllegalArgumentException: negative: ");

        compile(ORIGINAL.replace("entries.add(cents);", "entries.add(cents);\n        entries.add(0L);").replace("return entries.size();", "return entries.size() / 2;"));
        ReplayJvm.Result r = replay();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("REPLAY FAILED: shop.Ledger.post(long) call 2 of 75: its receiver afterwards is Ledger{entries=[");
    }

    @Test
    void callsOnAClassWhoseFieldsChangedAreSkippedAndCounted() throws Exception {
        compile(ORIGINAL.replace("private final List<Long> entries = new ArrayList<>();",
                "private final List<Long> entries = new ArrayList<>();\n    private long sum;"));
        ReplayJvm.Result r = replay();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("replayed 45 recorded call(s) (15 not recordable; 30 skipped: the fields of shop.Ledger changed)");
    }

    private static ReplayJvm.Result replay() throws Exception {
        return ReplayJvm.replay(dir, KEY);
    }

    private static void compile(String source) throws IOException {
        ReplayJvm.compile(dir, "shop/Ledger.java", source);
    }

    private static ReplayJvm.Result java(List<String> command) throws Exception {
        return ReplayJvm.java(dir, command);
    }
}
