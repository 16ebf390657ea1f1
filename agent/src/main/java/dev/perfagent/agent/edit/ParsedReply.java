package dev.perfagent.agent.edit;

import java.util.List;

/**
 * What a reply says to change, in reply order, and what could not be understood (each problem one sentence the model
 * can act on).
 */
public record ParsedReply(List<Edit> edits, List<String> problems) {
    public ParsedReply {
        edits = List.copyOf(edits);
        problems = List.copyOf(problems);
    }
}
