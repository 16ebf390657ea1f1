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

/** LlmProposer against a stub speaking OpenAI's Chat Completions wire format. */
class OpenAiProposerTest {
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
        LlmOptions options = LlmOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)), sleeper);
        return LlmProposers.create(ModelSpec.parse("openai:" + model), Optional.of(stub.openAiBaseUrl()), stub.env(), options);
    }

    @Test
    void sendsSystemAndUserMessagesAndReturnsTheReplyWithTokensAndCost() throws Exception {
        String reply = StubProviders.recorded("search-replace.md");
        stub.openAi(Step.reply(reply, 1840, 412));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(1));

        assertThat(proposals).hasSize(1);
        Proposal p = proposals.get(0);
        assertThat(p.proposer()).isEqualTo("openai:gpt-4.1");
        assertThat(p.reply()).contains(reply);
        assertThat(p.usage().inputTokens()).isEqualTo(1840);
        assertThat(p.usage().outputTokens()).isEqualTo(412);
        // gpt-4.1 lists at $2 in / $8 out per million tokens
        assertThat(p.usage().cost()).isCloseTo((1840 * 2.0 + 412 * 8.0) / 1e6, within(1e-12));

        var sent = stub.openAiRequests();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer " + StubProviders.OPENAI_KEY);
        JsonNode body = JSON.readTree(sent.get(0).getBodyAsString());
        assertThat(body.path("model").asText()).isEqualTo("gpt-4.1");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo(Requests.PROMPT.system());
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo(Requests.PROMPT.user());
        assertThat(body.path("seed").asInt()).isEqualTo(42);
    }

    @Test
    void countCandidatesAreCountCallsWithDifferentSeeds() throws Exception {
        stub.openAiReplies(StubProviders.recorded("search-replace.md"), StubProviders.recorded("unified-diff.md"),
                StubProviders.recorded("whole-file.md"));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(3));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly(
                StubProviders.recorded("search-replace.md"), StubProviders.recorded("unified-diff.md"),
                StubProviders.recorded("whole-file.md"));
        List<Integer> seeds = stub.openAiRequests().stream()
                .map(r -> readTree(r.getBodyAsString()).path("seed").asInt()).toList();
        assertThat(seeds).containsExactlyInAnyOrder(42, 43, 44);
    }

    @Test
    void aRateLimitIsRetriedAfterABackoff() {
        stub.openAi(Step.status(429, "Rate limit reached for gpt-4.1"), Step.reply("the reply"));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("the reply");
        assertThat(stub.openAiRequests()).hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(10));
    }

    @Test
    void twoServerErrorsThenSuccessWaitsLongerEachTime() {
        stub.openAi(Step.status(500), Step.status(503), Step.reply("third time"));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("third time");
        assertThat(stub.openAiRequests()).hasSize(3);
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(1)).isLessThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void givesUpAfterTheLastAttemptNamingTheLastError() {
        stub.openAi(Step.status(503, "The server is overloaded"));

        assertThatThrownBy(() -> proposer("gpt-4.1").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("openai: gave up after 3 attempts: HTTP 503")
                .hasMessageContaining("The server is overloaded")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(stub.openAiRequests()).hasSize(3);
    }

    @Test
    void aRejectedKeyFailsAtOnceNamingTheVariable() {
        stub.openAi(Step.status(401, "Incorrect API key provided: sk-test-****"));

        assertThatThrownBy(() -> proposer("gpt-4.1").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessage("the API key in OPENAI_API_KEY was rejected by openai: check it");
        assertThat(stub.openAiRequests()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void anUnknownModelFailsAtOnceNamingModelAndProvider() {
        stub.openAi(Step.status(404, "The model `gpt-9` does not exist or you do not have access to it."));

        assertThatThrownBy(() -> proposer("gpt-9").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("model gpt-9 is not known to provider openai")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(stub.openAiRequests()).hasSize(1);
    }

    @Test
    void aBadRequestFailsAtOnce() {
        stub.openAi(Step.status(400, "Unsupported parameter: 'seed'"));

        assertThatThrownBy(() -> proposer("gpt-4.1").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("openai rejected the request (HTTP 400)")
                .hasMessageContaining("Unsupported parameter");
        assertThat(stub.openAiRequests()).hasSize(1);
    }

    @Test
    void aMalformedBodyIsFedBackToTheNextRoundNotRetried() {
        stub.openAi(Step.raw("{\"id\":\"chatcmpl-1\",\"object\":\"chat.comp"), Step.reply("never asked for"));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(1));

        assertThat(stub.openAiRequests()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).reply()).contains("");
        assertThat(proposals.get(0).summary()).startsWith("unusable reply: the reply could not be read (not openai's JSON)");
        // answered, so counted: at least the prompt's tokens
        assertThat(proposals.get(0).usage().inputTokens()).isPositive();
    }

    @Test
    void anEmptyReplyIsOneCallWhoseTokensCountAndWhichTheLoopFeedsBack() {
        stub.openAi(Step.reply("", 100, 0), Step.reply("never asked for", 100, 20));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(1));

        assertThat(stub.openAiRequests()).hasSize(1);
        assertThat(proposals.get(0).reply()).contains("");
        assertThat(proposals.get(0).summary()).isEqualTo("unusable reply: the reply had no text");
        assertThat(proposals.get(0).usage().inputTokens()).isEqualTo(100);
    }

    @Test
    void garbageRepliesForThreeCandidatesAreThreeRequestsNotABurst() {
        // the issue saw 15 further requests in one round: 3 candidates x 5 silent retries of an unreadable reply
        stub.openAi(Step.raw("<html>502 Bad Gateway</html>"));

        List<Proposal> proposals = proposer("gpt-4.1").propose(Requests.of(3));

        assertThat(proposals).hasSize(3).allSatisfy(p -> assertThat(p.summary()).startsWith("unusable reply"));
        assertThat(stub.openAiRequests()).hasSize(3);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aRateLimitWithRetryAfterWaitsWhatTheProviderAskedAndSaysSo() {
        stub.openAi(Step.throttled(429, "7"), Step.reply("after the wait"));
        List<String> told = new java.util.ArrayList<>();
        LlmOptions options = LlmOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)), sleeper)
                .withListener((why, wait, retry, of) -> told.add(why + " | " + wait.toSeconds() + " s | " + retry + "/" + of));
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("openai:gpt-4.1"), Optional.of(stub.openAiBaseUrl()), stub.env(), options);

        List<Proposal> proposals = proposer.propose(Requests.of(1));

        assertThat(proposals).extracting(p -> p.reply().orElseThrow()).containsExactly("after the wait");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(told).singleElement().asString().startsWith("HTTP 429").endsWith(" | 7 s | 1/2");
    }

    @Test
    void a503WithAnHttpDateRetryAfterWaitsUntilThatTime() {
        String inTwelveSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(12));
        stub.openAi(Step.throttled(503, inTwelveSeconds), Step.reply("back"));

        proposer("gpt-4.1").propose(Requests.of(1));

        assertThat(sleeper.waits).singleElement().satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(12)));
    }

    @Test
    void aRetryAfterOfHoursEndsTheCallWithAMessageInsteadOfHanging() {
        stub.openAi(Step.throttled(429, "21600"));

        assertThatThrownBy(() -> proposer("gpt-4.1").propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("openai: HTTP 429")
                .hasMessageEndingWith("it asks to wait 360 min before the next call: try again later");
        assertThat(stub.openAiRequests()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void anUnpricedModelCostsNothingAndSaysSo() {
        stub.openAi(Step.reply("ok", 1000, 1000));
        LlmProposer proposer = proposer("my-finetune");

        Proposal p = proposer.propose(Requests.of(1)).get(0);

        assertThat(proposer.priced()).isFalse();
        assertThat(p.usage().cost()).isZero();
        assertThat(p.usage().tokens()).isEqualTo(2000);
    }

    @Test
    void aSlowServerTimesOutAndIsRetried() {
        stub.openAi(Step.slow(Step.reply("slow"), 2000));
        LlmOptions options = LlmOptions.DEFAULTS.withTimeout(Duration.ofMillis(300))
                .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)), sleeper);
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("openai:gpt-4.1"),
                Optional.of(stub.openAiBaseUrl()), stub.env(), options);

        assertThatThrownBy(() -> proposer.propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("openai: gave up after 2 attempts: timed out");
        assertThat(stub.openAiRequests()).hasSize(2);
    }

    @Test
    void anOpenAiCompatibleServerWithoutAKeyGetsNoOpenAiKey() {
        stub.openAi(Step.reply("from a local server"));
        LlmOptions options = LlmOptions.DEFAULTS.withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), sleeper);
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("openai-compatible:Qwen/Qwen2.5-Coder-7B"),
                Optional.of(stub.openAiBaseUrl()), stub.env(), options);

        assertThat(proposer.propose(Requests.of(1))).extracting(p -> p.reply().orElseThrow()).containsExactly("from a local server");
        String auth = stub.openAiRequests().get(0).getHeader("Authorization");
        assertThat(auth == null ? "" : auth).doesNotContain(StubProviders.OPENAI_KEY);
        assertThat(readTree(stub.openAiRequests().get(0).getBodyAsString()).path("model").asText()).isEqualTo("Qwen/Qwen2.5-Coder-7B");
    }

    private static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
