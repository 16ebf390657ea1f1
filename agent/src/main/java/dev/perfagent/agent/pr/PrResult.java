package dev.perfagent.agent.pr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one {@code perfagent pr} found, that the comment, the job summary, the annotations and summary.json are
 * rendered from.
 *
 * @param suggestions empty when {@code --suggest} was off
 * @param reviewable  per file, the head lines of the pull request's diff as GitHub shows it (where a review comment
 *                    may go); empty when {@code --suggest} was off
 * @param changed     the methods (or spans) the pull request changed, for annotations with file and line
 */
record PrResult(String base, String head, double threshold, String sandbox, String build, List<BenchResult> benchmarks,
                Optional<Suggester.Found> suggestions, Map<String, List<LineRange>> reviewable, List<ChangedCode> changed) {

    PrResult {
        benchmarks = List.copyOf(benchmarks);
        reviewable = Map.copyOf(reviewable);
        changed = List.copyOf(changed);
    }

    /** One word for the step output {@code verdict}: REGRESSED beats IMPROVED beats NEUTRAL; INCONCLUSIVE when nothing decided. */
    String verdict() {
        if (failsGate() || regressions() > 0) return "REGRESSED";
        if (benchmarks.stream().anyMatch(b -> b.verdict() == dev.perfagent.evaluators.Verdict.IMPROVED && b.inconclusive().isEmpty())) return "IMPROVED";
        if (!benchmarks.isEmpty() && benchmarks.stream().allMatch(b -> b.inconclusive().isPresent())) return "INCONCLUSIVE";
        return "NEUTRAL";
    }

    long regressions() {
        return benchmarks.stream().filter(BenchResult::regressed).count();
    }

    boolean failsGate() {
        return benchmarks.stream().anyMatch(BenchResult::failsGate);
    }

    static String shortSha(String sha) {
        return sha.length() > 10 ? sha.substring(0, 10) : sha;
    }
}
