package dev.perfagent.evaluators;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CallgrindCountTest {
    private static final String FENCE = "0123456789abcdef0123456789abcdef";

    @Test
    void countsComeOnlyFromTheLastFencedBlock() {
        String stderr = "==1== Collected : 5\n\n" + FENCE + "\nsummary: 1000\nsummary: 234\n" + FENCE + "\n";
        assertThat(CallgrindCount.parse(stderr)).contains(1234L);
    }

    @Test
    void aForgedCollectedLineIsNotACount() {
        assertThat(CallgrindCount.parse("==4242== Collected : 1000\n")).isEmpty();
        assertThat(CallgrindCount.parse("summary: 1000\n")).isEmpty();
        // a forged block the program printed before the real one cannot stand in for it
        String forged = FENCE + "\nsummary: 10\n" + FENCE + "\n";
        String real = "\nffffffffffffffffffffffffffffffff\nsummary: 808000\nffffffffffffffffffffffffffffffff\n";
        assertThat(CallgrindCount.parse(forged + real)).contains(808000L);
        assertThat(CallgrindCount.parse(FENCE + "\nsummary: 10\nCollected : 3\n" + FENCE + "\n")).isEmpty();
        assertThat(CallgrindCount.parse(FENCE + "\n" + FENCE + "\n")).isEmpty();
    }

    @Test
    void aCountThatContradictsTheTimeIsWithheld() {
        InstructionCount forged = InstructionCount.of(808_000_000, 1_000_000).checkedAgainst(1.02);
        assertThat(forged.reported()).isFalse();
        assertThat(forged.describe()).contains("not reported").contains("808.00× fewer instructions contradicts");
        InstructionCount real = InstructionCount.of(400_000_000, 100_000_000).checkedAgainst(2.5);
        assertThat(real.reported()).isTrue();
        assertThat(real.describe()).contains("4.00× fewer");
    }

    /** The wrapper through a real valgrind: a program printing its own "Collected :" line gets its real count. */
    @Test
    void aProgramPrintingAForgedSummaryGetsItsRealCount() throws Exception {
        assumeTrue(onPath("valgrind") && onPath("gcc"), "valgrind and gcc are needed for this check");
        Path dir = Files.createTempDirectory("cg");
        Path src = dir.resolve("forge.c");
        Files.writeString(src, """
                #include <stdio.h>
                int main(void) {
                    fprintf(stderr, "==1== Collected : 1\\nsummary: 1\\n");
                    printf("42\\n");
                    return 0;
                }
                """);
        Path exe = dir.resolve("forge");
        assertThat(new ProcessBuilder("gcc", "-O2", "-o", exe.toString(), src.toString()).inheritIO().start().waitFor()).isZero();
        Process p = new ProcessBuilder(CallgrindCount.wrap(List.of(exe.toString()))).start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Optional<Long> count = CallgrindCount.parse(err);
        assertThat(out).isEqualTo("42\n");
        assertThat(count).isPresent();
        assertThat(count.get()).isGreaterThan(10_000L);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv("PATH").split(":")) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }
}
