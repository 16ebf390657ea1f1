package dev.perfagent.agent.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.perfagent.agent.propose.ModelSpec;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two providers StubProviders does not serve: one happy call each, to check the wiring and wire format. */
class OllamaAndGeminiProposerTest {
    private WireMockServer server;
    private final LlmOptions options = LlmOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10))
            .withRetry(new RetryPolicy(2, Duration.ZERO, Duration.ZERO), new RecordingSleeper());

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void ollamaChatIsFreeAndSeeded() {
        server.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"model":"qwen2.5-coder:7b","created_at":"2025-11-20T10:00:00Z",
                         "message":{"role":"assistant","content":"use a StringBuilder"},
                         "done_reason":"stop","done":true,"prompt_eval_count":321,"eval_count":54}""")));
        // OLLAMA_HOST as the ollama CLI writes it: host:port, no scheme
        String host = "localhost:" + server.port();
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("ollama:qwen2.5-coder:7b"), Optional.empty(),
                Map.of("OLLAMA_HOST", host), options);

        Proposal p = proposer.propose(Requests.of(1)).get(0);

        assertThat(p.reply()).contains("use a StringBuilder");
        assertThat(p.usage().inputTokens()).isEqualTo(321);
        assertThat(p.usage().outputTokens()).isEqualTo(54);
        assertThat(p.usage().cost()).isZero();
        assertThat(proposer.priced()).isTrue();
        String body = server.findAll(postRequestedFor(urlPathEqualTo("/api/chat"))).get(0).getBodyAsString();
        assertThat(body).contains("\"qwen2.5-coder:7b\"").contains("\"seed\"").contains("You are a performance engineer.");
    }

    @Test
    void ollamaWithoutThatModelPulledSaysSo() {
        server.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"model \\\"qwen9\\\" not found, try pulling it first\"}")));
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("ollama:qwen9"), Optional.of(server.baseUrl()), Map.of(), options);

        assertThatThrownBy(() -> proposer.propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("model qwen9 is not known to provider ollama")
                .hasMessageContaining("try pulling it first");
    }

    @Test
    void geminiGenerateContent() {
        server.stubFor(post(urlPathMatching("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"candidates":[{"content":{"parts":[{"text":"use a StringBuilder"}],"role":"model"},
                          "finishReason":"STOP","index":0}],
                         "usageMetadata":{"promptTokenCount":400,"candidatesTokenCount":100,"totalTokenCount":500},
                         "modelVersion":"gemini-2.5-flash"}""")));
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("gemini:gemini-2.5-flash"),
                Optional.of(server.baseUrl() + "/v1beta"), Map.of("GEMINI_API_KEY", "g-key"), options);

        Proposal p = proposer.propose(Requests.of(1)).get(0);

        assertThat(p.reply()).contains("use a StringBuilder");
        assertThat(p.usage().inputTokens()).isEqualTo(400);
        assertThat(p.usage().cost()).isEqualTo((400 * 0.30 + 100 * 2.50) / 1e6);
        var sent = server.findAll(postRequestedFor(urlPathMatching("/v1beta/models/.*")));
        assertThat(sent.get(0).getHeader("x-goog-api-key")).isEqualTo("g-key");
        assertThat(sent.get(0).getBodyAsString()).contains("You are a performance engineer.").contains("Make Main.java faster.");
    }
}
