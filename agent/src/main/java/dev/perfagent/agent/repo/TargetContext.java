package dev.perfagent.agent.repo;

import dev.perfagent.sandbox.profile.Profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the model is told about the repository beyond the editable files: how it is built, tested and timed, and for
 * each hot method where it is, its class's fields and the signatures of its callers and callees, so that a rewrite
 * keeps every caller's contract without seeing the whole repository.
 */
public final class TargetContext {
    private static final int MAX_NEIGHBOURS = 6;

    private TargetContext() {
    }

    public static String render(RepoSetup setup, List<Target> targets, SourceIndex index, Profile allocation) {
        return render(setup, targets, index, allocation, Profile.unavailable("none", "no profile"));
    }

    /** @param repoCpu the repository view of the CPU profile: callers are ranked by their weight in it */
    public static String render(RepoSetup setup, List<Target> targets, SourceIndex index, Profile allocation, Profile repoCpu) {
        Map<String, Long> weight = new HashMap<>();
        for (var f : repoCpu.frames()) index.forFrame(f.frame()).ifPresent(m -> weight.merge(m.key(), f.totalSamples(), Math::max));
        StringBuilder b = new StringBuilder();
        b.append("Repository ").append(setup.name()).append(" (").append(setup.buildSystem().label()).append(").\n");
        b.append("Benchmark: `").append(setup.workloadLabel()).append('`');
        b.append(setup.checkOutput() ? "; its output must stay exactly the same.\n" : ".\n");
        b.append("Tests that must keep passing: `").append(setup.test()).append("`.\n");
        b.append("You may edit only the files below; tests, build files and the benchmark are out of reach.\n");
        if (targets.isEmpty()) return b.toString();
        b.append("\nHot methods (cost in the method and the library code it calls, of the whole benchmark run):\n");
        int i = 1;
        for (Target t : targets) {
            SourceMethod m = t.method();
            b.append(String.format(Locale.ROOT, "%d. %s: %.1f%% self, %.1f%% total, %s%n", i++, m.key(), t.selfPercent(), t.totalPercent(), m.where()));
            b.append("   ").append(m.signature()).append('\n');
            List<String> fields = index.ownerContext(m);
            if (!fields.isEmpty()) b.append("   fields of ").append(simple(m.owner())).append(": ").append(String.join("; ", fields)).append('\n');
            String callers = signatures(rankedCallers(index.callers(m), m, weight));
            if (!callers.isEmpty()) b.append("   called by: ").append(callers).append('\n');
            String callees = signatures(index.callees(m));
            if (!callees.isEmpty()) b.append("   calls: ").append(callees).append('\n');
        }
        if (!allocation.isEmpty()) {
            b.append("\nWhere memory is allocated (").append(allocation.unit()).append("):\n");
            allocation.top(5).forEach(f -> b.append("  ").append(f.describe().strip()).append('\n'));
        }
        return b.toString();
    }

    /**
     * Callers matched by name, the ones the profile saw first (heaviest first), then those of the method's own class;
     * when the profile saw any, the unseen ones of other classes are left out: a common name ({@code add},
     * {@code length}) matches calls to unrelated methods, and a cold caller says nothing about the hot path.
     */
    static List<SourceMethod> rankedCallers(List<SourceMethod> callers, SourceMethod m, Map<String, Long> weight) {
        boolean seen = callers.stream().anyMatch(c -> weight.getOrDefault(c.key(), 0L) > 0);
        return callers.stream()
                .filter(c -> !seen || weight.getOrDefault(c.key(), 0L) > 0 || c.owner().equals(m.owner()))
                .sorted(Comparator.comparingLong((SourceMethod c) -> -weight.getOrDefault(c.key(), 0L))
                        .thenComparing(c -> c.owner().equals(m.owner()) ? 0 : 1))
                .toList();
    }

    private static String signatures(List<SourceMethod> methods) {
        return methods.stream().limit(MAX_NEIGHBOURS).map(m -> simple(m.owner()) + ": " + m.signature())
                .distinct().collect(Collectors.joining("; "));
    }

    private static String simple(String owner) {
        // a C function or Python module function belongs to its file: keep the file's name whole
        if (owner.matches(".*\\.(c|cc|cpp|cxx|h|hpp|hh|py)$")) return owner.substring(owner.lastIndexOf('/') + 1);
        String s = owner.substring(owner.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
