package dev.perfagent.agent.bench;

import dev.perfagent.agent.report.UnifiedDiff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The exported model_patch applies with git apply (GSO's harness applies predictions that way) and gives the expert. */
class PatchExportTest {
    @TempDir
    Path dir;

    @Test
    void expertPatchOfEveryPieProblemAppliesWithGitApply() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git is not installed");
        for (String id : new String[]{"p00001", "p00003", "p00009", "p00012"}) {
            Path programs = BenchFixtures.PIE.resolve("programs").resolve(id);
            String before = Files.readString(programs.resolve("src.cpp"));
            String after = Files.readString(programs.resolve("tgt.cpp"));
            Path work = Files.createDirectories(dir.resolve(id));
            Files.writeString(work.resolve("main.cpp"), before);
            Files.writeString(work.resolve("fix.patch"), UnifiedDiff.of(Map.of("main.cpp", before), Map.of("main.cpp", after)));
            Process p = new ProcessBuilder("git", "apply", "fix.patch").directory(work.toFile()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(id + ": " + log).isZero();
            assertThat(Files.readString(work.resolve("main.cpp"))).as(id).isEqualTo(after);
        }
    }

    @Test
    void unchangedFilesGiveNoPatchAndNewFilesComeFromDevNull() {
        assertThat(UnifiedDiff.of(Map.of("a.c", "x\n"), Map.of("a.c", "x\n"))).isEmpty();
        assertThat(UnifiedDiff.of(Map.of(), Map.of("b.c", "y\n"))).isEqualTo("diff --git a/b.c b/b.c\nnew file mode 100644\n--- /dev/null\n+++ b/b.c\n@@ -0,0 +1,1 @@\n+y\n");
    }
}
