package dev.perfagent.sandbox.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A long stderr keeps the compiler's first error and the crash at the end, with the cut marked. */
class TrimmedOutputTest {

    @Test
    void shortErrorsAreKeptWhole() {
        TrimmedOutput t = new TrimmedOutput(1 << 20);
        feed(t, "main.c:1: error: expected ';'\n", 7);
        assertThat(t.text()).isEqualTo("main.c:1: error: expected ';'\n");
    }

    @Test
    void longErrorsKeepTheirHeadAndTail() {
        TrimmedOutput t = new TrimmedOutput(1 << 20);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 2000; i++) all.append("line ").append(i).append('\n');
        String text = all.toString();
        feed(t, text, 1000);

        String kept = t.text();
        assertThat(kept).startsWith("line 0\nline 1\n").endsWith("line 1998\nline 1999\n");
        long cut = text.length() - TrimmedOutput.HEAD - TrimmedOutput.TAIL;
        assertThat(kept).contains("[... " + cut + " bytes of stderr left out ...]");
        assertThat(kept.length()).isLessThan(TrimmedOutput.HEAD + TrimmedOutput.TAIL + 100);
        // what is kept is exactly the start and the end of what was written
        String head = kept.substring(0, TrimmedOutput.HEAD);
        String tail = kept.substring(kept.length() - TrimmedOutput.TAIL);
        assertThat(text).startsWith(head).endsWith(tail);
    }

    @Test
    void goingPastTheLimitIsReported() {
        TrimmedOutput t = new TrimmedOutput(10);
        byte[] b = "0123456789".getBytes(StandardCharsets.UTF_8);
        assertThat(t.accept(b, b.length)).isTrue();
        assertThat(t.accept(b, 1)).isFalse();
    }

    /** Writes {@code s} in chunks of {@code chunk} bytes, the way a pipe delivers it. */
    private static void feed(TrimmedOutput t, String s, int chunk) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + chunk));
            t.accept(part, part.length);
        }
    }
}
