package dev.perfagent.agent.rules;

import dev.perfagent.datasets.Language;

import java.util.Optional;
import java.util.Set;

/**
 * One offline rewrite: a pattern that is known to be slow and a replacement that keeps the program's output. A rule
 * fires only where it can see that the rewrite is safe; anything it cannot prove it leaves alone. Applying a rule to
 * its own output finds nothing more to do (returns empty), so the loop can build on a verified improvement.
 */
public interface Rule {

    /** Short, stable name used in summaries and reports: "java-regex-hoist". */
    String id();

    /** One line for the report: what the rewrite does. */
    String description();

    Set<Language> languages();

    /**
     * @param path   the file's path relative to the source root (rules may look at its extension)
     * @param source the file's current content
     * @return the rewritten content, or empty when the rule does not apply
     */
    Optional<String> apply(String path, String source);
}
