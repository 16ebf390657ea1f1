package dev.perfagent.agent.llm;

import dev.perfagent.agent.llm.StubProviders.Step;
import dev.perfagent.agent.propose.ModelSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture the end-to-end tests lean on: order, the last step repeating, serving anew, both providers at once. */
class StubProvidersTest {
    private final LlmOptions options = LlmOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10))
            .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), new RecordingSleeper());

    private static List<String> texts(LlmProposer p, int count) {
        return p.propose(Requests.of(count)).stream().map(x -> x.reply().orElseThrow()).toList();
    }

    @Test
    void servesInOrderRepeatsTheLastAndStartsOverWhenServedAgain() {
        try (StubProviders stub = StubProviders.start()) {
            stub.openAiReplies("one", "two").anthropicReplies("uno");
            LlmProposer openAi = LlmProposers.create(ModelSpec.parse("openai:gpt-4.1"), Optional.of(stub.openAiBaseUrl()), stub.env(), options);
            LlmProposer anthropic = LlmProposers.create(ModelSpec.parse("anthropic:claude-haiku-4-5"),
                    Optional.of(stub.anthropicBaseUrl()), stub.env(), options);

            assertThat(texts(openAi, 1)).containsExactly("one");
            assertThat(texts(anthropic, 2)).containsExactly("uno", "uno");
            assertThat(texts(openAi, 2)).containsExactly("two", "two");

            stub.openAi(Step.reply("fresh"));
            assertThat(texts(openAi, 1)).containsExactly("fresh");
            assertThat(stub.requestCount()).isEqualTo(6);
        }
    }
}
