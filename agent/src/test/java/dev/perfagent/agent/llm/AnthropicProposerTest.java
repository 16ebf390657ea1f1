package dev.perfagent.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.llm.StubProviders.Step;
import dev.perfagent.agent.propose.ModelSpec;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** LlmProposer against a stub speaking Anthropic's Messages wire format. */
class AnthropicProposerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static StubProviders stub;
    private RecordingSleeper sleeper;

    @BeforeAll
    static void startStub() {
        stub = StubProviders.start();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.server().resetRequests();
        sleeper = new RecordingSleeper();
    }

    private LlmProposer proposer(String model) {
        return proposer(model, stub.anthropicBaseUrl());
    }

    private LlmProposer proposer(String model, String baseUrl) {
        LlmOptions options = LlmOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)), sleeper);
        return LlmProposers.create(ModelSpec.parse("anthropic:" + model), Optional.of(baseUrl), stub.env(), options);
    }

    @Test
    void sendsTheKeyVersionSystemAndUserAndReturnsTheReplyWithTokensAndCost() throws Exception {
        String reply = StubProviders.recorded("unified-diff.md");
        stub.anthropic(Step.reply(reply, 2100, 380));

        List<Proposal> proposals = proposer("claude-sonnet-4-5").propose(Requests.of(1));

        assertThat(proposals).hasSize(1);
        Proposal p = proposals.get(0);
        assertThat(p.proposer()).isEqualTo("anthropic:claude-sonnet-4-5");
        assertThat(p.reply()).contains(reply);
        assertThat(p.usage().inputTokens()).isEqualTo(2100);
        assertThat(p.usage().outputTokens()).isEqualTo(380);
        // claude-sonnet-4-5 lists at $3 in / $15 out per million tokens
        assertThat(p.usage().cost()).isCloseTo((2100 * 3.0 + 380 * 15.0) / 1e6, within(1e-12));

        var sent = stub.anthropicRequests();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("x-api-key")).isEqualTo(StubProviders.ANTHROPIC_KEY);
        assertThat(sent.get(0).getHeader("anthropic-version")).isNotBlank();
        JsonNode body = JSON.readTree(sent.get(0).getBodyAsString());
        assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.path("system").toString()).contains("You are a performance engineer.");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).toString()).contains("Make Main.java faster.");
        // Anthropic's default of 1024 would cut a whole-file reply short
        assertThat(body.path("max_tokens").asInt()).isEqualTo(LlmOptions.DEFAULTS.maxOutputTokens());
    }

    @Test
    void aBaseUrlWithoutTheTrailingSlashReachesTheSameEndpoint() {
        String base = stub.anthropicBaseUrl();
        stub.anthropic(Step.reply("ok"));

        List<Proposal> proposals = proposer("claude-sonnet-4-5", base.substring(0, base.length() - 1)).propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("ok");
    }

    @Test
    void aRateLimitIsRetried() {
        stub.anthropic(Step.status(429, "Number of request tokens has exceeded your per-minute rate limit"),
                Step.reply("after the limit"));

        List<Proposal> proposals = proposer("claude-sonnet-4-5").propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("after the limit");
        assertThat(stub.anthropicRequests()).hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void serverErrorsAndOverloadAreRetried() {
        stub.anthropic(Step.status(500), Step.status(529, "Overloaded"), Step.reply("third time"));

        List<Proposal> proposals = proposer("claude-sonnet-4-5").propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("third time");
        assertThat(stub.anthropicRequests()).hasSize(3);
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    void aRejectedKeyFailsAtOnceNamingTheVariable() {
        stub.anthropic(Step.status(401, "invalid x-api-key"));

        assertThatThrownBy(() -> proposer("claude-sonnet-4-5").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessage("the API key in ANTHROPIC_API_KEY was rejected by anthropic: check it");
        assertThat(stub.anthropicRequests()).hasSize(1);
    }

    @Test
    void anUnknownModelFailsAtOnce() {
        stub.anthropic(Step.status(404, "model: claude-9"));

        assertThatThrownBy(() -> proposer("claude-9").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("model claude-9 is not known to provider anthropic")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(stub.anthropicRequests()).hasSize(1);
    }

    @Test
    void aMalformedBodyIsOneCallFedBackToTheLoop() {
        stub.anthropic(Step.raw("<html><body>502 Bad Gateway</body></html>"));

        List<Proposal> proposals = proposer("claude-sonnet-4-5").propose(Requests.of(1));

        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.summary())
                .startsWith("unusable reply: the reply could not be read (not anthropic's JSON)").doesNotContain("\n"));
        assertThat(stub.anthropicRequests()).hasSize(1);
    }

    @Test
    void anOverloadWithRetryAfterWaitsThatLong() {
        stub.anthropic(Step.throttled(529, "3"), Step.reply("after the wait"));

        List<Proposal> proposals = proposer("claude-sonnet-4-5").propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("after the wait");
        assertThat(sleeper.waits).containsExactly(java.time.Duration.ofSeconds(3));
    }
}
