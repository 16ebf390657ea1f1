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
 */
record PrResult(String base, String head, double threshold, String sandbox, String build, List<BenchResult> benchmarks,
                Optional<Suggester.Found> suggestions, Map<String, List<LineRange>> reviewable) {

    PrResult {
        benchmarks = List.copyOf(benchmarks);
        reviewable = Map.copyOf(reviewable);
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
