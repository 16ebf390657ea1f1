package dev.perfagent.agent.propose;

import java.util.Map;
import java.util.Optional;

/**
 * One proposed change. Either the proposer produced whole new file contents itself ({@code files}, as rules and the
 * expert do), or it is a model's raw {@code reply} that the loop parses into edits against the parent's files.
 *
 * @param proposer who proposed it: "rules", "expert", "openai:gpt-4.1", "replay:FILE"
 * @param summary  a short description for reports ("hoist Pattern.compile out of the loop")
 * @param reply    the model's text, when there is one
 * @param files    relative path → complete new content, for proposers that edit directly; empty for a reply
 * @param usage    tokens and money this proposal cost
 */
public record Proposal(String proposer, String summary, Optional<String> reply, Map<String, String> files, Usage usage) {
    public Proposal {
        files = Map.copyOf(files);
    }

    public static Proposal ofFiles(String proposer, String summary, Map<String, String> files) {
        return new Proposal(proposer, summary, Optional.empty(), files, Usage.NONE);
    }

    public static Proposal ofReply(String proposer, String reply, Usage usage) {
        return new Proposal(proposer, "", Optional.of(reply), Map.of(), usage);
    }
}
