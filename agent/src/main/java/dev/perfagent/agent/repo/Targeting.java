package dev.perfagent.agent.repo;

import dev.perfagent.sandbox.profile.HotFrame;
import dev.perfagent.sandbox.profile.Profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks what the model may edit: the repository's methods ranked by the cost a rewrite of them can remove (self cost
 * in the repository view of the profile, where library calls count on their caller), then by total cost; methods in
 * files that may not be edited (tests, the benchmark, build files) are passed over.
 */
public final class Targeting {
    /** A method below this share of the run is not worth a candidate's build and test time. */
    static final double MIN_SELF_PERCENT = 2.0;

    private Targeting() {
    }

    /** Every ranked method of editable files, hottest first. */
    public static List<Target> rank(Profile repoView, SourceIndex index, Predicate<String> editableFile) {
        Map<String, long[]> cost = new LinkedHashMap<>();
        Map<String, SourceMethod> methods = new LinkedHashMap<>();
        for (HotFrame f : repoView.frames()) {
            Optional<SourceMethod> m = index.forFrame(f.frame());
            if (m.isEmpty() || !editableFile.test(m.get().file())) continue;
            methods.putIfAbsent(m.get().key(), m.get());
            long[] c = cost.computeIfAbsent(m.get().key(), k -> new long[2]);
            c[0] += f.selfSamples();
            c[1] = Math.max(c[1], f.totalSamples()); // a lambda's total is inside its method's
        }
        double total = Math.max(1, repoView.total());
        List<Target> out = new ArrayList<>();
        cost.forEach((k, c) -> out.add(new Target(methods.get(k), c[0], c[1], 100.0 * c[0] / total, 100.0 * c[1] / total)));
        out.sort(Comparator.comparingLong(Target::self).reversed().thenComparing(Comparator.comparingLong(Target::total).reversed()));
        return out;
    }

    /** The first {@code n} targets worth editing; at least the hottest one when there is any. */
    public static List<Target> top(List<Target> ranked, int n) {
        List<Target> out = new ArrayList<>();
        for (Target t : ranked) {
            if (out.size() == n) break;
            if (!out.isEmpty() && t.selfPercent() < MIN_SELF_PERCENT) break;
            out.add(t);
        }
        return out;
    }

    /** The files of the targets, in order of their hottest method. */
    public static List<String> files(List<Target> targets) {
        Set<String> files = new LinkedHashSet<>();
        targets.forEach(t -> files.add(t.method().file()));
        return List.copyOf(files);
    }
}
