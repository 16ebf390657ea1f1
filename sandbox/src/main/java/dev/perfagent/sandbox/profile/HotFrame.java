package dev.perfagent.sandbox.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * One function of a profile and what it cost, in the profile's {@link Profile#unit()} (samples for the
 * sampling profilers, microseconds for cProfile, bytes for an allocation profile).
 *
 * @param frame         the function as the profiler names it (Java frames with dots: {@code java.lang.String.concat})
 * @param selfSamples   cost spent in the function itself (it was the innermost frame worth showing)
 * @param totalSamples  cost spent in it or anything it called, counted once per stack even when it recurses
 * @param selfPercent   {@code selfSamples} as a percentage of the profile's total
 * @param totalPercent  {@code totalSamples} as a percentage of the profile's total
 * @param source        its source file and line, where the profiler reports them
 */
public record HotFrame(String frame, long selfSamples, long totalSamples, double selfPercent, double totalPercent,
                       Optional<SourceLocation> source) {

    /** "41.3% self, 97.0% total  Main.main (Main.java:12)". */
    public String describe() {
        return String.format(Locale.ROOT, "%5.1f%% self, %5.1f%% total  %s%s", selfPercent, totalPercent, frame,
                source.filter(s -> !frame.contains(s.toString())).map(s -> " (" + s + ")").orElse(""));
    }
}
