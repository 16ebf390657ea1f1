package dev.perfagent.sandbox.output;

/** Collects one output stream of a sandboxed command. */
public interface OutputSink {

    /** Takes the next bytes; false once the stream has gone past its limit (the command is then killed). */
    boolean accept(byte[] buffer, int length);

    /** What was kept, as text. */
    String text();
}
