package dev.perfagent.agent.repo;

import dev.perfagent.agent.loop.PromptSource;
import dev.perfagent.prompts.FileListing;
import dev.perfagent.prompts.Prompt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A large file reaches the model as its hot method, an outline of the rest and its head, under a size cap. */
class ExcerptingPromptsTest {
    private static final PromptSource LISTING = c -> new Prompt("t", "1", "system", FileListing.of(c.files()));

    private static String bigClass() {
        StringBuilder b = new StringBuilder("package a;\n\nimport java.util.List;\n\npublic class Big {\n    private final int[] table = new int[64];\n\n");
        for (int i = 0; i < 60; i++) {
            b.append("    int other").append(i).append("(int x) {\n        int y = x + ").append(i).append(";\n")
                    .append("        for (int k = 0; k < 8; k++) {\n            y = y * 31 + k;\n            if (y < 0) y = -y;\n        }\n")
                    .append("        return y * 2;\n    }\n\n");
        }
        b.append("    long hot(int[] xs) {\n        long s = 0;\n        for (int x : xs) s += table[x & 63];\n        return s;\n    }\n}\n");
        return b.toString();
    }

    @Test
    void aLargeFileIsShownAsItsHotMethodAndAnOutline(@TempDir Path root) throws Exception {
        String text = bigClass();
        Files.createDirectories(root.resolve("src/main/java/a"));
        Files.writeString(root.resolve("src/main/java/a/Big.java"), text);
        JavaSourceIndex index = JavaSourceIndex.of(root, List.of("src/main/java/a/Big.java"));
        SourceMethod hot = index.forFrame("a.Big.hot").orElseThrow();
        ExcerptingPrompts prompts = new ExcerptingPrompts(LISTING, index, List.of(new Target(hot, 90, 90, 90, 90)), 60_000);
        Prompt p = prompts.render(PromptSource.Context.of(null, "original", Map.of("src/main/java/a/Big.java", text)));
        assertThat(text.lines().count()).isGreaterThan(ExcerptingPrompts.LARGE_LINES);
        assertThat(p.user()).contains("is shown in part: edit it with SEARCH/REPLACE blocks")
                .contains("    long hot(int[] xs) {\n        long s = 0;\n        for (int x : xs) s += table[x & 63];\n        return s;\n    }")
                .contains("private final int[] table = new int[64];")
                .contains("    int other7(int x) {\n// … lines")
                .doesNotContain("int y = x + 7;");
        assertThat(p.user().length()).isLessThan(text.length() / 2);

        // a cap below even the excerpt: the outline goes, then the text is cut with a note
        ExcerptingPrompts tight = new ExcerptingPrompts(LISTING, index, List.of(new Target(hot, 90, 90, 90, 90)), 2_000);
        Prompt q = tight.render(PromptSource.Context.of(null, "original", Map.of("src/main/java/a/Big.java", text)));
        assertThat(q.user()).contains("long hot(int[] xs)").doesNotContain("int other7(int x)");
        assertThat(q.system().length() + q.user().length()).isLessThanOrEqualTo(2_000);
    }

    @Test
    void aSmallFileIsShownWhole(@TempDir Path root) throws Exception {
        String text = "package a;\nclass Small {\n    int f() {\n        return 1;\n    }\n}\n";
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/Small.java"), text);
        JavaSourceIndex index = JavaSourceIndex.of(root, List.of("a/Small.java"));
        ExcerptingPrompts prompts = new ExcerptingPrompts(LISTING, index, List.of(new Target(index.methods().get(0), 1, 1, 1, 1)), 60_000);
        Prompt p = prompts.render(PromptSource.Context.of(null, "original", Map.of("a/Small.java", text)));
        assertThat(p.user()).contains(text).doesNotContain("shown in part");
    }
}
