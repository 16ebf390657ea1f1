package dev.perfagent.agent.loop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code evolve}: a population search in the spirit of MAP-Elites with islands. The archive keeps the best verified
 * improvement of each niche, a niche being the lineage (island) a candidate descends from, which files it changes and
 * how big they are (so one lineage's fast rewrite does not crowd out every other line of descent); every round each of {@code population} slots draws a parent from the archive at random
 * (seeded), or the original with probability {@value #FRESH_START} so new lines of descent keep starting. Children
 * inherit the parent's lineage; a child of the original starts the lineage of its slot.
 */
final class Evolve implements Strategy {
    static final double FRESH_START = 0.2;
    private final int population;

    Evolve(int population) {
        this.population = population;
    }

    @Override
    public String name() {
        return "evolve";
    }

    @Override
    public List<Pick> plan(SearchState state) {
        List<Attempt> elites = archive(state.attempts());
        SplittableRandom random = new SplittableRandom(state.seed() * 31 + state.round());
        List<Pick> picks = new ArrayList<>();
        for (int slot = 0; slot < population; slot++) {
            if (elites.isEmpty() || random.nextDouble() < FRESH_START) {
                picks.add(Pick.original(slot, 1));
            } else {
                Attempt parent = elites.get(random.nextInt(elites.size()));
                picks.add(Pick.of(parent, parent.lineage(), 1));
            }
        }
        return picks;
    }

    /** The best improvement of each niche, in a stable order. */
    static List<Attempt> archive(List<Attempt> attempts) {
        Map<String, Attempt> cells = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            if (!a.improved()) continue;
            cells.merge(niche(a), a, (x, y) -> SearchState.BETTER_FIRST.compare(x, y) <= 0 ? x : y);
        }
        List<Attempt> elites = new ArrayList<>(cells.values());
        elites.sort(Comparator.comparingInt(Attempt::index));
        return elites;
    }

    /** The island, which files changed, and their size in coarse buckets. */
    static String niche(Attempt a) {
        int size = a.files().values().stream().mapToInt(String::length).sum();
        int bucket = size < 2_000 ? 0 : size < 8_000 ? 1 : size < 32_000 ? 2 : 3;
        return a.lineage() + "#" + String.join(",", new java.util.TreeSet<>(a.files().keySet())) + "#" + bucket;
    }
}
