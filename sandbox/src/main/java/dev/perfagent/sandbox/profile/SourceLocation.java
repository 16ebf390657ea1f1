package dev.perfagent.sandbox.profile;

/** Where a frame's code is, when the profiler knows: a path relative to the workspace where it can be, and a line. */
public record SourceLocation(String file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
