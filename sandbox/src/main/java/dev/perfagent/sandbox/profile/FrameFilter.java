package dev.perfagent.sandbox.profile;

import java.util.List;
import java.util.Optional;

/**
 * Which frames of a profile are worth showing to someone who can only change the program's own code,
 * and how frames are named for them. A hidden frame's cost is counted on its nearest shown caller, so
 * that the memset inside an array allocation shows up as the allocating method's cost.
 */
public interface FrameFilter {

    /** Why {@code frame} is not worth showing, or empty when it is. */
    Optional<String> hidden(String frame);

    /** The frame as shown: profiler annotations stripped, Java's slashes as dots. */
    default String display(String frame) {
        return frame;
    }

    /**
     * The pseudo-frame, in brackets, that a stack with no frame worth showing is counted on, so that
     * such cost still appears in the ranking: {@code [garbage collection]}, {@code [process start-up]}.
     */
    default String pseudoFrame(List<String> stack, String leafReason) {
        return "[" + leafReason + "]";
    }

    /**
     * A reason that covers a whole stack, whatever its frames (the dynamic loader at start-up, before
     * {@code main}): the stack is then counted on the pseudo-frame {@code [reason]}. Empty for most stacks.
     */
    default Optional<String> wholeStack(List<String> stack) {
        return Optional.empty();
    }

    /**
     * Why a whole stack is left out of the profile, total included, or empty to keep it: work that runs
     * beside the program rather than as part of it (the JIT compiler's threads).
     */
    default Optional<String> excluded(List<String> stack) {
        return Optional.empty();
    }

    /** Shows every frame as it is. */
    static FrameFilter none() {
        return frame -> Optional.empty();
    }

    static FrameFilter forJava() {
        return new JvmFrames();
    }

    static FrameFilter forNative() {
        return new NativeFrames();
    }

    static FrameFilter forPython() {
        return new PythonFrames();
    }
}
