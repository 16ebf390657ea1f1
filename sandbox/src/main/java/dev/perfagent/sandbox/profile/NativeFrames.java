package dev.perfagent.sandbox.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Frames of a native program (perf, or async-profiler preloaded): the C runtime's start-up and the
 * dynamic loader are hidden, as are addresses no symbol was found for. Library functions such as
 * {@code memcmp} stay: that the time goes into comparing strings is exactly what the model needs to know.
 */
final class NativeFrames implements FrameFilter {
    static final String UNRESOLVED = "unresolved address";
    static final String START_UP = "process start-up";

    private static final Pattern START = Pattern.compile(
            "_start|_dl_start(_user|_final)?|__libc_start_main.*|__libc_start_call_main|start_thread|clone3?|"
                    + "_dl_.*|dl_main|_init|__libc_csu_init");

    private static final Pattern LOADER = Pattern.compile("_dl_start(_user|_final)?|dl_main|_dl_sysdep_start|_dl_relocate_object|_dl_init");

    @Override
    public Optional<String> hidden(String frame) {
        if (isUnresolved(frame)) return Optional.of(UNRESOLVED);
        if (START.matcher(frame).matches()) return Optional.of(START_UP);
        return Optional.empty();
    }

    /** The dynamic loader resolving symbols before {@code main}: its own frames are many and mean nothing to the model. */
    @Override
    public Optional<String> wholeStack(List<String> stack) {
        boolean loading = stack.stream().anyMatch(f -> LOADER.matcher(f).matches());
        return loading && !stack.contains("main") ? Optional.of(START_UP) : Optional.empty();
    }

    @Override
    public String display(String frame) {
        // perf's versioned symbols (__libc_start_main@@GLIBC_2.34) and async-profiler's kernel mark
        int at = frame.indexOf("@@");
        String f = at > 0 ? frame.substring(0, at) : frame;
        return f.endsWith("_[k]") ? f.substring(0, f.length() - 4) + " [kernel]" : f;
    }

    static boolean isUnresolved(String frame) {
        return frame.isEmpty() || frame.startsWith("[unknown") || frame.startsWith("0x") || frame.equals("[not_walkable]");
    }
}
