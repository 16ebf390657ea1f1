package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;

import java.util.Map;
import java.util.Optional;

/**
 * One candidate the loop tried: where it came from and what became of it.
 *
 * @param index     its number in the run, from 1
 * @param lineage   which line of descent it belongs to (strategies with several lineages number them from 0)
 * @param files     the candidate's files that differ from the original (relative path → content), parent's changes included
 * @param problem   why there is no evaluation: the reply could not be turned into edits (the text is what the model is told)
 * @param outcome   the evaluator's verdict, when it was evaluated
 */
public record Attempt(int index, int round, int lineage, String id, String parentId, String proposer, String summary,
                      Map<String, String> files, Usage usage, Optional<String> problem, Optional<Outcome> outcome) {
    public Attempt {
        files = Map.copyOf(files);
    }

    public boolean improved() {
        return outcome.map(Outcome::improved).orElse(false);
    }

    /** "UNPARSED", or the outcome's description. */
    public String describe() {
        return outcome.map(Outcome::describe).orElse("UNPARSED");
    }
}
