package dev.perfagent.agent.loop;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * How the loop searches: which parents the next round builds on. A strategy is a pure function of the search
 * state (no hidden state of its own), so a resumed run makes the same choices as the run it continues.
 * An empty plan ends the run.
 */
public interface Strategy {

    String name();

    List<Pick> plan(SearchState state);

    /** Short names → factories taking the width (lineages or population); an unknown name lists these. */
    Map<String, IntFunction<Strategy>> KNOWN = new TreeMap<>(Map.of(
            "refine", width -> new Lineages("refine", 1),
            "best-of-n", width -> new Lineages("best-of-n", width),
            "evolve", Evolve::new,
            "coder-judge", width -> new CoderJudge()));

    static Strategy named(String name, int width) {
        IntFunction<Strategy> f = KNOWN.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown strategy " + name + "; one of " + String.join(", ", KNOWN.keySet()));
        }
        if (width < 1) throw new IllegalArgumentException("--width must be at least 1, got " + width);
        return f.apply(width);
    }
}
