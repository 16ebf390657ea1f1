package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Language;
import dev.perfagent.sandbox.profile.AsyncProfiler;
import dev.perfagent.sandbox.profile.CProfileProfiler;
import dev.perfagent.sandbox.profile.PerfProfiler;
import dev.perfagent.sandbox.profile.ProfileEvent;
import dev.perfagent.sandbox.profile.Profiler;
import dev.perfagent.sandbox.profile.Profilers;

import java.util.List;

/**
 * Which profilers can profile a language, in order of preference; {@link dev.perfagent.sandbox.profile.ProfileRecorder}
 * takes the first that is available and records something. For C and C++ perf comes first (static binaries, the tool
 * users know) and async-profiler preloaded into the program is the fallback where perf is not installed or not allowed
 * (a container without perf_event_open): it ships inside perfagent.
 */
public final class LanguageProfilers {
    private LanguageProfilers() {
    }

    public static List<Profiler> forLanguage(Language language, ProfileEvent event) {
        if (event == ProfileEvent.ALLOCATION && language != Language.JAVA) {
            return List.of(Profilers.unavailable("allocation profiles are for Java only; " + language.id() + " gets a CPU profile"));
        }
        return switch (language) {
            case JAVA -> List.of(AsyncProfiler.forJava(event));
            case C, CPP -> List.of(new PerfProfiler(), AsyncProfiler.forNative());
            case PYTHON -> List.of(new CProfileProfiler());
            // a kernel's time is on the GPU: Nsight Compute (sandbox.profile.ncu) measures it, not a CPU sampler
            case CUDA -> List.of(Profilers.unavailable("CUDA code gets Nsight Compute metrics, not a CPU profile"));
        };
    }
}
