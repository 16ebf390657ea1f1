package dev.perfagent.sandbox.profile;

/**
 * Profilers that are not one of the samplers: {@link #unavailable} stands for "no profile here, and why". Which
 * profilers suit a program (by its language) is the evaluator's choice, not the sandbox's.
 */
public final class Profilers {
    private Profilers() {
    }

    /** A profiler that never records anything, with the reason shown instead of a profile. */
    public static Profiler unavailable(String reason) {
        return new Unavailable(reason);
    }

    /** A profiler that never runs: what a language without one gets, with the reason. */
    record Unavailable(String reason) implements Profiler {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public String unit() {
            return "samples";
        }

        @Override
        public java.util.Optional<String> unavailable() {
            return java.util.Optional.of(reason);
        }

        @Override
        public dev.perfagent.sandbox.ExecSpec instrument(dev.perfagent.sandbox.ExecSpec run) {
            return run;
        }

        @Override
        public boolean collect(java.nio.file.Path folder, FrameCosts costs) {
            return false;
        }

        @Override
        public FrameFilter filter() {
            return FrameFilter.none();
        }
    }
}
