package dev.perfagent.agent.loop;

import java.util.List;
import java.util.Optional;

/**
 * {@code coder-judge} (CudaForge's loop): one lineage; each round the coder revises the lineage's LATEST candidate
 * that was evaluated — a kernel that does not compile is repaired, a correct but slow one is optimised — following
 * the judge's one instruction (see {@link Advisor}). Unlike refine, a candidate need not be verified faster to be
 * built on; only verified improvements are kept as the result.
 */
final class CoderJudge implements Strategy {

    @Override
    public String name() {
        return "coder-judge";
    }

    @Override
    public List<Pick> plan(SearchState state) {
        Optional<Attempt> last = state.attempts().stream().filter(a -> a.lineage() == 0 && a.outcome().isPresent()
                && a.outcome().get().verdict() != dev.perfagent.evaluators.Verdict.REJECTED).reduce((a, b) -> b);
        return List.of(last.map(a -> Pick.of(a, 0, 1)).orElse(Pick.original(0, 1)));
    }
}
