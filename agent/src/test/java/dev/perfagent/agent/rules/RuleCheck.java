package dev.perfagent.agent.rules;

import static org.assertj.core.api.Assertions.assertThat;

/** Before/after checks for a rule, in the spirit of OpenRewrite's {@code rewriteRun(java(before, after))}. */
public final class RuleCheck {

    private RuleCheck() {
    }

    /** {@code rule} turns {@code before} into exactly {@code after}, and then has nothing more to do. */
    public static void assertRewrites(Rule rule, String path, String before, String after) {
        assertThat(rule.apply(path, before)).as(rule.id() + " on " + path).hasValue(after);
        assertThat(rule.apply(path, after)).as(rule.id() + " applied to its own output").isEmpty();
    }

    /** {@code rule} leaves {@code source} alone. */
    public static void assertUnchanged(Rule rule, String path, String source) {
        assertThat(rule.apply(path, source)).as(rule.id() + " must not fire").isEmpty();
    }
}
