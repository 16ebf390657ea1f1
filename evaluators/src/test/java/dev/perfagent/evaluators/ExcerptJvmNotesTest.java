package dev.perfagent.evaluators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JVM's JAVA_TOOL_OPTIONS note is never the error: a failed Maven build's reason is Maven's, from stdout. */
class ExcerptJvmNotesTest {
    @Test
    void theJvmNoteIsLeftOut() {
        String stderr = "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAM=4294967296 -XX:MaxRAMPercentage=50\n";
        assertThat(Excerpt.withoutJvmNotes(stderr)).isBlank();
        assertThat(Excerpt.firstError(stderr + "[ERROR] Foo.java:[3,8] cannot find symbol\n")).isEqualTo("[ERROR] Foo.java:[3,8] cannot find symbol");
        assertThat(Excerpt.head(stderr + "line one\n", 5, 100)).isEqualTo("line one");
    }
}
