package dev.perfagent.agent.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every diff must apply with {@code git apply} and give exactly the new file. */
class UnifiedDiffTest {
    @TempDir
    Path dir;

    private void assertApplies(String before, String after) throws Exception {
        Path f = dir.resolve("src/Main.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, before);
        Path patch = dir.resolve("p.patch");
        Files.writeString(patch, UnifiedDiff.of("src/Main.java", before, after));
        Process p = new ProcessBuilder("git", "apply", "--unsafe-paths", "--directory=.", patch.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("git apply said: " + out + "\npatch:\n" + Files.readString(patch)).isZero();
        assertThat(Files.readString(f)).isEqualTo(after);
    }

    @Test
    void aChangeInTheMiddleHasContextAroundIt() throws Exception {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nD\ne\nf\ng\nh\n";
        assertThat(UnifiedDiff.of("x", before, after)).contains("@@ -1,7 +1,7 @@", "-d\n+D\n");
        assertApplies(before, after);
    }

    @Test
    void equalFilesGiveNoDiff() {
        assertThat(UnifiedDiff.of("x", "a\n", "a\n")).isEmpty();
    }

    @Test
    void insertionsAtTheStartAndDeletionsAtTheEndAndAMissingFinalNewline() throws Exception {
        assertApplies("a\nb\n", "z\na\nb\n");
        assertApplies("a\nb\nc\n", "a\n");
        assertApplies("a\nb", "a\nc");
        assertApplies("", "new\n");
    }

    @Test
    void randomEditsAllApply() throws Exception {
        Random r = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 30 + r.nextInt(40); i++) lines.add("line " + r.nextInt(15));
            List<String> changed = new ArrayList<>(lines);
            for (int k = 0; k < 1 + r.nextInt(6); k++) {
                int at = r.nextInt(changed.size());
                switch (r.nextInt(3)) {
                    case 0 -> changed.remove(at);
                    case 1 -> changed.add(at, "inserted " + k);
                    default -> changed.set(at, "changed " + k);
                }
            }
            assertApplies(String.join("\n", lines) + "\n", String.join("\n", changed) + "\n");
        }
    }
}
