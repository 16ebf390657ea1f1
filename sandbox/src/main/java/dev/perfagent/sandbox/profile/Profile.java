package dev.perfagent.sandbox.profile;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one run of a program spent its time (or allocated its memory): its frames ranked by self cost,
 * hottest first.
 *
 * @param profiler the tool and how it sampled ("async-profiler cpu-clock 1ms")
 * @param unit     what the costs count: {@code samples}, {@code microseconds} or {@code bytes}
 * @param total    the whole run's cost; percentages are of this
 * @param frames   every frame worth showing, by self cost descending
 * @param hidden   cost whose innermost frame was not worth showing (JVM internals, process start-up,
 *                 unresolved addresses), by reason; that cost is counted on the nearest shown caller
 * @param excluded cost left out of {@code total} altogether, by reason: work beside the program's own (the
 *                 JIT compiler's threads)
 * @param problem  why the profile is empty or partial (no profiler here, the run failed); empty when it is whole
 */
public record Profile(String profiler, String unit, long total, List<HotFrame> frames, Map<String, Long> hidden,
                      Map<String, Long> excluded, Optional<String> problem) {

    public Profile {
        frames = List.copyOf(frames);
        hidden = Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
        excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }

    /** No profile, and the one line that says why. */
    public static Profile unavailable(String profiler, String reason) {
        return new Profile(profiler, "samples", 0, List.of(), Map.of(), Map.of(), Optional.of(reason));
    }

    public boolean isEmpty() {
        return total == 0 || frames.isEmpty();
    }

    /** The {@code n} frames with the most self cost: where the time goes. */
    public List<HotFrame> top(int n) {
        return frames.stream().limit(n).toList();
    }

    /** The {@code n} frames with the most total cost: which calls the time goes through. */
    public List<HotFrame> topByTotal(int n) {
        return frames.stream()
                .sorted(Comparator.comparingLong(HotFrame::totalSamples).reversed().thenComparing(HotFrame::frame))
                .limit(n).toList();
    }

    /** A few lines for a log, a report or a prompt: the profiler, then the top {@code n} frames by self cost. */
    public String summary(int n) {
        if (isEmpty()) return "no profile: " + problem.orElse("nothing was sampled");
        String head = profiler + ", " + total + " " + unit + problem.map(p -> " (" + p + ")").orElse("");
        return head + "\n" + top(n).stream().map(f -> "  " + f.describe()).collect(Collectors.joining("\n"));
    }
}
