package dev.perfagent.agent.pr;

import dev.perfagent.agent.repo.SourceIndex;
import dev.perfagent.agent.repo.Target;
import dev.perfagent.agent.repo.Targeting;
import dev.perfagent.datasets.Language;
import dev.perfagent.sandbox.profile.Profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which changed methods are worth a search: those the head's profile on the benchmarks shows hot. A changed method's
 * share is the self cost, in the repository view of the profile (library calls count on their caller), of the
 * profiled functions inside its lines: the time a rewrite of it can remove. Methods under {@link #MIN_SELF_PERCENT},
 * or never seen in the profile, are skipped with the reason; the rest are ranked by that share, then by total cost.
 * When no profile could be taken for a language, its changed methods are ranked by lines changed and the ranking
 * says why.
 */
final class HotChanges {
    /** Below this share of the benchmarks' time a method is not worth a candidate's build, test and measurement. */
    static final double MIN_SELF_PERCENT = 2.0;

    private HotChanges() {
    }

    /** A changed method and its share of the profile (NaN when it was ranked without one). */
    record Hot(ChangedCode code, double selfPercent, double totalPercent) {
        String share() {
            return Double.isNaN(selfPercent) ? "not profiled"
                    : String.format(Locale.ROOT, "%.1f%% self, %.1f%% total of the profile", selfPercent, totalPercent);
        }
    }

    /** A profile of one language's code and the index that traces its frames to source. */
    record Profiled(Profile repoView, SourceIndex index) {
    }

    /**
     * @param hot      worth a search, hottest first
     * @param skipped  one Markdown line per changed method left out, saying why
     * @param ranking  how the order was decided, for the comment's footnote
     */
    record Ranked(List<Hot> hot, List<String> skipped, String ranking) {
    }

    /**
     * @param profiles per language of the changed code: the head's profile, or empty with the reason none was taken
     */
    static Ranked rank(List<ChangedCode> changed, Map<Language, Profiled> profiles, Map<Language, String> unprofiled) {
        List<Hot> hot = new ArrayList<>();
        List<Hot> byLines = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ChangedCode c : changed) {
            Optional<Language> language = RepoTask.language(c.path());
            if (language.isEmpty()) {
                skipped.add("`" + c.name() + "`: not tried (perfagent does not build this kind of file)");
                continue;
            }
            Profiled p = profiles.get(language.get());
            if (p == null) {
                byLines.add(new Hot(c, Double.NaN, Double.NaN));
                continue;
            }
            double self = 0;
            double total = 0;
            boolean seen = false;
            for (Target t : Targeting.rank(p.repoView(), p.index(), f -> f.equals(c.path()))) {
                LineRange lines = new LineRange(t.method().begin(), Math.max(t.method().begin(), t.method().end()));
                if (!lines.overlaps(c.lines())) continue;
                seen = true;
                self += t.selfPercent();
                total = Math.max(total, t.totalPercent());
            }
            if (!seen) {
                skipped.add("`" + c.name() + "`: not tried (cold: never seen in the profile of the benchmarks)");
            } else if (self < MIN_SELF_PERCENT) {
                skipped.add(String.format(Locale.ROOT, "`%s`: not tried (cold: %.1f%% self, %.1f%% total of the profile; below %.0f%%)",
                        c.name(), self, total, MIN_SELF_PERCENT));
            } else {
                hot.add(new Hot(c, self, total));
            }
        }
        hot.sort(Comparator.comparingDouble(Hot::selfPercent).reversed().thenComparing(Comparator.comparingDouble(Hot::totalPercent).reversed()));
        hot.addAll(byLines); // ChangedCodeFinder's order: most lines changed first
        return new Ranked(hot, skipped, ranking(profiles, unprofiled));
    }

    private static String ranking(Map<Language, Profiled> profiles, Map<Language, String> unprofiled) {
        List<String> parts = new ArrayList<>();
        if (!profiles.isEmpty()) {
            String by = profiles.values().stream().map(p -> p.repoView().profiler()).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            parts.add(String.format(Locale.ROOT, "ranked by their share of the head's profile on the benchmarks (%s; at least %.0f%% self time)",
                    by, MIN_SELF_PERCENT));
        }
        unprofiled.forEach((language, why) -> parts.add(language.id() + " code ranked by lines changed (not profiled: " + why + ")"));
        return parts.isEmpty() ? "ranked by lines changed (no profile was taken)" : String.join("; ", parts);
    }
}
