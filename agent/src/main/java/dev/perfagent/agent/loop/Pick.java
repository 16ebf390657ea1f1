package dev.perfagent.agent.loop;

import java.util.Map;

/**
 * One parent the next round builds on, and how many children to ask for.
 *
 * @param parentFiles the parent's files that differ from the original ("original" has none)
 */
public record Pick(int lineage, String parentId, Map<String, String> parentFiles, int children) {
    public static final String ORIGINAL = "original";

    public Pick {
        parentFiles = Map.copyOf(parentFiles);
    }

    static Pick original(int lineage, int children) {
        return new Pick(lineage, ORIGINAL, Map.of(), children);
    }

    static Pick of(Attempt parent, int lineage, int children) {
        return new Pick(lineage, parent.id(), parent.files(), children);
    }
}
