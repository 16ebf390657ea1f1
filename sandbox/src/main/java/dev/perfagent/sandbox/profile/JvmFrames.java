package dev.perfagent.sandbox.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Frames of an async-profiler profile of a JVM, recorded with {@code ann} so that Java frames carry a
 * mark ({@code _[j]} compiled, {@code _[i]} inlined, {@code _[0]} interpreted, {@code _[1]} C1). Shown:
 * the Java frames, the program's and the JDK's, except the method-handle plumbing that every string
 * concatenation and lambda goes through. Hidden: the JVM's own C++ (allocation, runtime stubs, the
 * interpreter) whose cost then lands on the Java method that caused it. Stacks with no Java frame at all
 * (collector and VM threads) are counted as one pseudo-frame each, so that "20% garbage collection"
 * still reaches the model; the JIT compiler's threads are left out.
 */
final class JvmFrames implements FrameFilter {
    static final String JVM_INTERNALS = "JVM runtime internals";
    static final String PLUMBING = "method-handle plumbing";
    static final String GC = "garbage collection";
    static final String JIT = "JIT compiler threads (beside the program)";
    /** The allocated type, innermost in an allocation profile; {@link AsyncProfiler} marks it so. */
    static final String ALLOCATED_MARK = "_[alloc]";

    private static final Pattern JAVA_MARK = Pattern.compile("_\\[[ji01]\\]$");
    private static final Pattern GC_FRAME = Pattern.compile(
            ".*(GC|G1|Gang|Collect|Evacuat|DefNew|Tenured|ParallelScavenge|PSScavenge|PSParallel|Shenandoah|ZGC|Z[A-Z][a-z]+::|Mark[A-Z]|Heap::).*");
    private static final Pattern JIT_FRAME = Pattern.compile(".*(CompileBroker|Compiler|Compilation|C2|Compile::|PhaseIdeal|PhaseChaitin|Matcher::).*");

    @Override
    public Optional<String> hidden(String frame) {
        if (frame.endsWith(ALLOCATED_MARK)) {
            return Optional.of("allocated " + frame.substring(0, frame.length() - ALLOCATED_MARK.length()).replace('/', '.'));
        }
        if (NativeFrames.isUnresolved(frame) || frame.equals("[unknown_Java]")) return Optional.of(NativeFrames.UNRESOLVED);
        if (!isJava(frame)) {
            return frame.endsWith("_[k]") ? Optional.empty() : Optional.of(JVM_INTERNALS);
        }
        String name = display(frame);
        if (name.startsWith("java.lang.invoke.")) return Optional.of(PLUMBING);
        return Optional.empty();
    }

    @Override
    public String display(String frame) {
        if (frame.endsWith("_[k]")) return frame.substring(0, frame.length() - 4) + " [kernel]";
        if (!isJava(frame)) return frame;
        return JAVA_MARK.matcher(frame).replaceFirst("").replace('/', '.');
    }

    @Override
    public String pseudoFrame(List<String> stack, String leafReason) {
        if (stack.stream().anyMatch(f -> GC_FRAME.matcher(f).matches())) return "[" + GC + "]";
        return "[" + leafReason + "]";
    }

    /**
     * The compiler threads run beside the program: on a short run they take a large share of the CPU
     * samples (40% of a half-second run here) without being the program's to change.
     */
    @Override
    public Optional<String> excluded(List<String> stack) {
        if (stack.stream().anyMatch(JvmFrames::isJava)) return Optional.empty();
        return stack.stream().anyMatch(f -> JIT_FRAME.matcher(f).matches()) ? Optional.of(JIT) : Optional.empty();
    }

    private static boolean isJava(String frame) {
        return JAVA_MARK.matcher(frame).find();
    }
}
