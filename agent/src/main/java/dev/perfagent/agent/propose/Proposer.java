package dev.perfagent.agent.propose;

import java.util.List;

/**
 * Where candidate changes come from: a model through LangChain4j, offline rewrite rules, recorded replies, or the
 * task's expert solution. A proposer may return fewer than asked (rules run out; an empty list means nothing more
 * to propose). Retriable failures (rate limits, server errors) are retried inside; what escapes as a
 * {@link ProposerException} ends the run with its message.
 */
public interface Proposer extends AutoCloseable {

    /** As the user names it: "rules", "expert", "openai:gpt-4.1", "replay:replies.jsonl". */
    String name();

    List<Proposal> propose(ProposalRequest request) throws ProposerException;

    @Override
    default void close() {
    }
}
