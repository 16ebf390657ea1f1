package dev.perfagent.sandbox.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Self and total cost per shown frame, summed over stacks (or over a function table) and over runs: a
 * workload of several inputs is profiled one process at a time, and these sums are what add up across
 * processes. Not thread-safe; one per profiling.
 */
public final class FrameCosts {
    private final FrameFilter filter;
    private final Map<String, long[]> costs = new HashMap<>();
    private final Map<String, SourceLocation> sources = new HashMap<>();
    private final Map<String, Long> hidden = new TreeMap<>();
    private final Map<String, Long> excluded = new TreeMap<>();
    private long total;

    public FrameCosts(FrameFilter filter) {
        this.filter = filter;
    }

    /**
     * One stack, outermost frame first, seen {@code count} times. Its self cost goes to the innermost
     * shown frame; its total cost to every distinct shown frame on it, once even where a function recurses.
     */
    public void addStack(List<String> stack, long count) {
        if (count <= 0 || stack.isEmpty()) return;
        Optional<String> left = filter.excluded(stack);
        if (left.isPresent()) {
            excluded.merge(left.get(), count, Long::sum);
            return;
        }
        total += count;
        Optional<String> whole = filter.wholeStack(stack);
        if (whole.isPresent()) {
            add("[" + whole.get() + "]", count, count);
            return;
        }
        int innermost = -1;
        Set<String> onStack = new HashSet<>();
        for (int i = 0; i < stack.size(); i++) {
            if (filter.hidden(stack.get(i)).isPresent()) continue;
            innermost = i;
            onStack.add(filter.display(stack.get(i)));
        }
        String leaf = stack.get(stack.size() - 1);
        Optional<String> leafReason = filter.hidden(leaf);
        leafReason.ifPresent(r -> hidden.merge(r, count, Long::sum));
        if (innermost < 0) {
            String pseudo = filter.pseudoFrame(stack, leafReason.orElseThrow());
            add(pseudo, count, count);
            return;
        }
        cost(filter.display(stack.get(innermost)))[0] += count;
        for (String frame : onStack) cost(frame)[1] += count;
    }

    /**
     * One function of a profiler that reports functions rather than stacks (cProfile). Only self costs add
     * up to the run's total, so {@link #addToTotal} is called separately with their sum.
     */
    public void addFunction(String frame, long self, long inclusive, Optional<SourceLocation> source) {
        Optional<String> reason = filter.hidden(frame);
        if (reason.isPresent()) {
            hidden.merge(reason.get(), self, Long::sum);
            return;
        }
        String shown = filter.display(frame);
        add(shown, self, inclusive);
        source.ifPresent(s -> sources.putIfAbsent(shown, s));
    }

    public void addToTotal(long cost) {
        total += cost;
    }

    public long total() {
        return total;
    }

    /** The frames ranked by self cost (then total cost, then name, so that equal profiles read the same). */
    public Profile toProfile(String profiler, String unit, Optional<String> problem) {
        List<HotFrame> frames = new ArrayList<>();
        for (var e : costs.entrySet()) {
            long self = e.getValue()[0];
            long incl = e.getValue()[1];
            frames.add(new HotFrame(e.getKey(), self, incl, percent(self), percent(incl), Optional.ofNullable(sources.get(e.getKey()))));
        }
        frames.sort(Comparator.comparingLong(HotFrame::selfSamples).reversed()
                .thenComparing(Comparator.comparingLong(HotFrame::totalSamples).reversed())
                .thenComparing(HotFrame::frame));
        return new Profile(profiler, unit, total, frames, new LinkedHashMap<>(hidden), new LinkedHashMap<>(excluded), problem);
    }

    private void add(String frame, long self, long inclusive) {
        long[] c = cost(frame);
        c[0] += self;
        c[1] += inclusive;
    }

    private long[] cost(String frame) {
        return costs.computeIfAbsent(frame, f -> new long[2]);
    }

    private double percent(long cost) {
        return total == 0 ? 0 : 100.0 * cost / total;
    }
}
