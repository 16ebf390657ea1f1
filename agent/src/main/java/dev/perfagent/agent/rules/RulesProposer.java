package dev.perfagent.agent.rules;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The offline model: applies the {@link Rules rule catalogue} to the parent's editable files and proposes one change
 * per rule that applies (in the catalogue's order), then, when two or more apply, all of them together. Rules do not
 * apply to their own output, so a parent that already carries a rule's rewrite gets no proposal for it again; when
 * nothing applies the list is empty. The same parent always gets the same proposals.
 */
public final class RulesProposer implements Proposer {

    public static final String NAME = "rules";

    private final List<Rule> rules;

    public RulesProposer() {
        this(Rules.all());
    }

    public RulesProposer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> propose(ProposalRequest request) {
        List<Proposal> all = proposals(request.parentFiles());
        return all.size() <= request.count() ? all : List.copyOf(all.subList(0, request.count()));
    }

    /** Every proposal for these files, without a limit: the single rules in order, then the combination. */
    public List<Proposal> proposals(Map<String, String> parentFiles) {
        Map<String, String> files = new TreeMap<>(parentFiles);
        List<Proposal> out = new ArrayList<>();
        List<Rule> applied = new ArrayList<>();
        for (Rule rule : rules) {
            Map<String, String> changed = applyTo(rule, files);
            if (changed.isEmpty()) continue;
            applied.add(rule);
            addDistinct(out, Proposal.ofFiles(NAME, rule.id() + ": " + rule.description(), changed));
        }
        if (applied.size() >= 2) {
            Map<String, String> current = new TreeMap<>(files);
            List<Rule> used = new ArrayList<>();
            for (Rule rule : applied) {
                Map<String, String> changed = applyTo(rule, current);
                if (changed.isEmpty()) continue; // an earlier rule's rewrite already covered this one
                current.putAll(changed);
                used.add(rule);
            }
            Map<String, String> combined = new LinkedHashMap<>();
            current.forEach((path, content) -> {
                if (!content.equals(files.get(path))) combined.put(path, content);
            });
            if (used.size() >= 2) {
                String ids = used.stream().map(Rule::id).collect(Collectors.joining(" + "));
                addDistinct(out, Proposal.ofFiles(NAME, "combined: " + ids, combined));
            }
        }
        return List.copyOf(out);
    }

    /** The files {@code rule} changes (path → new content), only files of its languages; a failing rule changes none. */
    public static Map<String, String> applyTo(Rule rule, Map<String, String> files) {
        Map<String, String> changed = new TreeMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Optional<dev.perfagent.datasets.Language> language = Rules.languageOf(f.getKey());
            if (language.isEmpty() || !rule.languages().contains(language.get())) continue;
            Optional<String> rewritten;
            try {
                rewritten = rule.apply(f.getKey(), f.getValue());
            } catch (RuntimeException e) {
                rewritten = Optional.empty(); // a rule that trips over an unusual file simply does not fire
            }
            rewritten.filter(r -> !r.equals(f.getValue())).ifPresent(r -> changed.put(f.getKey(), r));
        }
        return changed;
    }

    private static void addDistinct(List<Proposal> out, Proposal p) {
        if (out.stream().noneMatch(q -> q.files().equals(p.files()))) out.add(p);
    }
}
