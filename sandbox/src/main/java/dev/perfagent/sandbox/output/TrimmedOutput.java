package dev.perfagent.sandbox.output;

import java.nio.charset.StandardCharsets;

/**
 * Standard error, trimmed: its first lines (where a compiler puts the first error) and its last ones
 * (where a crash, a MemoryError or valgrind's totals end up), with a marker where the middle was cut.
 * A flood past {@code limit} bytes still counts as going over the output limit.
 */
public final class TrimmedOutput implements OutputSink {
    static final int HEAD = 2048;
    static final int TAIL = 4096;

    private final long limit;
    private final byte[] head = new byte[HEAD];
    private final byte[] tail = new byte[TAIL];
    private int headLength;
    private long total;

    public TrimmedOutput(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized boolean accept(byte[] buffer, int length) {
        int i = 0;
        while (i < length && headLength < HEAD) head[headLength++] = buffer[i++];
        long afterHead = Math.max(0, total - HEAD); // bytes that went to the tail ring before this call
        for (; i < length; i++, afterHead++) tail[(int) (afterHead % TAIL)] = buffer[i];
        total += length;
        return total <= limit;
    }

    @Override
    public synchronized String text() {
        long afterHead = Math.max(0, total - HEAD);
        String first = new String(head, 0, headLength, StandardCharsets.UTF_8);
        if (afterHead == 0) return first;
        int kept = (int) Math.min(afterHead, TAIL);
        byte[] last = new byte[kept];
        long start = afterHead - kept;
        for (int k = 0; k < kept; k++) last[k] = tail[(int) ((start + k) % TAIL)];
        String cut = afterHead > TAIL ? "\n[... " + (afterHead - TAIL) + " bytes of stderr left out ...]\n" : "";
        return first + cut + new String(last, StandardCharsets.UTF_8);
    }
}
