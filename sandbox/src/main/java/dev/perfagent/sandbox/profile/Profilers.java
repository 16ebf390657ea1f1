package dev.perfagent.sandbox.profile;

import dev.perfagent.datasets.Language;

import java.util.List;

/**
 * Which profilers can profile a language, in order of preference; {@link ProfileRecorder} takes the
 * first that is available and records something. For C and C++ perf comes first (static binaries,
 * the tool users know) and async-profiler preloaded into the program is the fallback where perf is not
 * installed or not allowed (a container without perf_event_open): it ships inside perfagent.
 */
public final class Profilers {
    private Profilers() {
    }

    public static List<Profiler> forLanguage(Language language, ProfileEvent event) {
        if (event == ProfileEvent.ALLOCATION && language != Language.JAVA) {
            return List.of(new Unavailable("allocation profiles are for Java only; " + language.id() + " gets a CPU profile"));
        }
        return switch (language) {
            case JAVA -> List.of(AsyncProfiler.forJava(event));
            case C, CPP -> List.of(new PerfProfiler(), AsyncProfiler.forNative());
            case PYTHON -> List.of(new CProfileProfiler());
        };
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
