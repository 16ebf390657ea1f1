package dev.perfagent.agent.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.prompts.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposals from a language model: the prompt's system and user text in, the model's reply out as
 * {@link Proposal#ofReply} for the loop to parse. {@code count} candidates are {@code count} calls, each with its
 * own seed where the provider takes one. Transient failures are retried by the {@link Retrier}; the rest end the
 * run as a one-line {@link dev.perfagent.agent.propose.ProposerException}.
 */
public final class LlmProposer implements Proposer {
    private final String name;
    private final Endpoint endpoint;
    private final ChatModel model;
    private final Retrier retrier;
    private final Optional<Price> price;

    public LlmProposer(String name, Endpoint endpoint, ChatModel model, Retrier retrier, Optional<Price> price) {
        this.name = name;
        this.endpoint = endpoint;
        this.model = model;
        this.retrier = retrier;
        this.price = price;
    }

    @Override
    public String name() {
        return name;
    }

    /** False when the model is not in the price table: its cost is reported as 0 and should read "price unknown". */
    public boolean priced() {
        return price.isPresent();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public List<Proposal> propose(ProposalRequest request) {
        List<Proposal> proposals = new ArrayList<>(request.count());
        for (int i = 0; i < request.count(); i++) {
            proposals.add(one(request.prompt(), request.seed() + i));
        }
        return proposals;
    }

    private Proposal one(Prompt prompt, long seed) {
        ChatRequest.Builder chat = ChatRequest.builder().messages(messages(prompt));
        ChatModels.seeded(endpoint.provider(), seed).ifPresent(chat::parameters);
        ChatRequest request = chat.build();
        // replies that came back empty and were retried still cost tokens: the proposal carries all of it
        Usage[] spent = {Usage.NONE};
        try {
            String text = retrier.call(endpoint, () -> {
                ChatResponse response = model.chat(request);
                String reply = response.aiMessage() == null ? null : response.aiMessage().text();
                spent[0] = spent[0].plus(usage(prompt, response.tokenUsage(), reply));
                if (reply == null || reply.isBlank()) throw new EmptyReplyException();
                return reply;
            });
            return Proposal.ofReply(name, text, spent[0]);
        } catch (UnusableReplyException e) {
            // answered, so most likely paid: counted (the prompt's tokens at least) and fed back, not retried
            Usage paid = spent[0].equals(Usage.NONE) ? usage(prompt, null, null) : spent[0];
            return new Proposal(name, "unusable reply: " + e.getMessage(), Optional.of(""), java.util.Map.of(), paid);
        }
    }

    private static List<ChatMessage> messages(Prompt prompt) {
        List<ChatMessage> messages = new ArrayList<>(2);
        // providers reject an empty system message; a prompt without one is still a valid request
        if (prompt.system() != null && !prompt.system().isBlank()) messages.add(SystemMessage.from(prompt.system()));
        messages.add(UserMessage.from(prompt.user()));
        return messages;
    }

    /** Tokens as the provider counted them, else estimated at about four characters a token. */
    private Usage usage(Prompt prompt, TokenUsage reported, String reply) {
        long in = reported != null && reported.inputTokenCount() != null ? reported.inputTokenCount() : prompt.approxTokens();
        long out = reported != null && reported.outputTokenCount() != null ? reported.outputTokenCount()
                : reply == null ? 0 : reply.length() / 4 + 1;
        return new Usage(in, out, price.map(p -> p.cost(in, out)).orElse(0.0));
    }
}
