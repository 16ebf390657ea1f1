package dev.perfagent.agent.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code refine} (one lineage) and {@code best-of-n} (n lineages searched side by side): every round, each lineage
 * asks for one child of its best verified improvement so far, or of the original while it has none; each lineage
 * sees its own history as feedback. The run's result is the best over all lineages.
 */
final class Lineages implements Strategy {
    private final String name;
    private final int lineages;

    Lineages(String name, int lineages) {
        this.name = name;
        this.lineages = lineages;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Pick> plan(SearchState state) {
        List<Pick> picks = new ArrayList<>();
        for (int l = 0; l < lineages; l++) {
            int lineage = l;
            picks.add(state.bestOf(lineage).map(best -> Pick.of(best, lineage, 1)).orElse(Pick.original(lineage, 1)));
        }
        return picks;
    }
}
