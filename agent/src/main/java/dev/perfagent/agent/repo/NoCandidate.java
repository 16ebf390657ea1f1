package dev.perfagent.agent.repo;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.Rules;
import dev.perfagent.agent.rules.RulesProposer;
import dev.perfagent.datasets.Language;

import java.util.List;

/**
 * Why a run made no candidate at all, in words a user can act on: "converged" says the search stopped, not that the
 * offline rules never had anything to rewrite in the files they were given.
 */
public final class NoCandidate {
    private NoCandidate() {
    }

    /** Empty unless the offline rules were the model (a language model's silence is in its own replies). */
    public static java.util.Optional<String> why(String model, Language language, List<String> editable) {
        if (!model.equals(RulesProposer.NAME)) return java.util.Optional.empty();
        List<String> ids = Rules.all().stream().filter(r -> r.languages().contains(language)).map(Rule::id).toList();
        String which = ids.isEmpty() ? "there is no offline rule for " + language.id() + " code, so nothing was proposed for "
                : "none of the offline rules for " + language.id() + " (" + String.join(", ", ids) + ") matches a shape in ";
        return java.util.Optional.of("no candidate: " + which + String.join(", ", editable)
                + "; they rewrite a few known patterns only. Use a language model (--model openai:MODEL, anthropic:MODEL, ollama:MODEL) "
                + "or name other code with --target FILE[:FUNCTION]");
    }
}
