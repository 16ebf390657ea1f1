package dev.perfagent.sandbox.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Standard output, kept whole: it is what the judge compares, so it is never trimmed, only capped. */
public final class CappedOutput implements OutputSink {
    private final long limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    public CappedOutput(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized boolean accept(byte[] buffer, int length) {
        long room = limit - kept.size();
        kept.write(buffer, 0, (int) Math.max(0, Math.min(room, length)));
        return length <= room;
    }

    @Override
    public synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
