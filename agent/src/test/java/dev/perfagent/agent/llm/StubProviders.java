package dev.perfagent.agent.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A fake OpenAI and Anthropic on one in-process WireMock server, speaking their real wire formats, that answers
 * with a given list of steps in order (a reply, an HTTP error, a malformed body); the last step repeats once the
 * list is used up. For tests of {@link LlmProposer} and end-to-end tests of {@code perfagent optimize}:
 *
 * <pre>{@code
 * try (StubProviders stub = StubProviders.start()) {
 *     stub.openAi(Step.status(429), Step.reply(StubProviders.recorded("search-replace.md")));
 *     // perfagent optimize --model openai:gpt-4.1 --base-url stub.openAiBaseUrl(), env stub.env()
 * }
 * }</pre>
 */
public final class StubProviders implements AutoCloseable {
    public static final String OPENAI_PATH = "/v1/chat/completions";
    public static final String ANTHROPIC_PATH = "/v1/messages";
    public static final String OPENAI_KEY = "sk-test-openai";
    public static final String ANTHROPIC_KEY = "sk-ant-test";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the stub does for one request. */
    public sealed interface Step {
        /** A normal completion with this text and token counts. */
        record Reply(String text, int inputTokens, int outputTokens) implements Step {
        }

        /** An HTTP error in the provider's own error format. */
        record Status(int status, String message) implements Step {
        }

        /** A raw body with status 200, e.g. truncated JSON. */
        record Raw(String body) implements Step {
        }

        /** An HTTP error carrying a Retry-After header, as providers send with 429 and 503. */
        record Throttled(int status, String retryAfter) implements Step {
        }

        /** Another step, answered only after a delay (to test timeouts). */
        record Slow(Step step, int delayMillis) implements Step {
        }

        static Step reply(String text) {
            return new Reply(text, 1200, Math.max(1, text.length() / 4));
        }

        static Step reply(String text, int inputTokens, int outputTokens) {
            return new Reply(text, inputTokens, outputTokens);
        }

        static Step status(int status) {
            return new Status(status, "stubbed error " + status);
        }

        static Step status(int status, String message) {
            return new Status(status, message);
        }

        static Step throttled(int status, String retryAfter) {
            return new Throttled(status, retryAfter);
        }

        static Step raw(String body) {
            return new Raw(body);
        }

        static Step slow(Step step, int delayMillis) {
            return new Slow(step, delayMillis);
        }
    }

    private final WireMockServer server;

    private StubProviders(WireMockServer server) {
        this.server = server;
    }

    /** Starts a server on a free port. */
    public static StubProviders start() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return new StubProviders(server);
    }

    /** Serves these OpenAI chat-completion replies in order (replacing whatever was served before). */
    public StubProviders openAiReplies(String... replies) {
        return openAi(List.of(replies).stream().map(Step::reply).toArray(Step[]::new));
    }

    public StubProviders anthropicReplies(String... replies) {
        return anthropic(List.of(replies).stream().map(Step::reply).toArray(Step[]::new));
    }

    public StubProviders openAi(Step... steps) {
        serve("openai", OPENAI_PATH, steps, true);
        return this;
    }

    public StubProviders anthropic(Step... steps) {
        serve("anthropic", ANTHROPIC_PATH, steps, false);
        return this;
    }

    /** For {@code --base-url} with {@code openai:} or {@code openai-compatible:} (LangChain4j appends /chat/completions). */
    public String openAiBaseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** For {@code --base-url} with {@code anthropic:} (LangChain4j appends messages). */
    public String anthropicBaseUrl() {
        return server.baseUrl() + "/v1/";
    }

    /** Environment with keys for both providers, to pass where the real environment would be read. */
    public Map<String, String> env() {
        return Map.of("OPENAI_API_KEY", OPENAI_KEY, "ANTHROPIC_API_KEY", ANTHROPIC_KEY);
    }

    public List<LoggedRequest> openAiRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(OPENAI_PATH)));
    }

    public List<LoggedRequest> anthropicRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(ANTHROPIC_PATH)));
    }

    public int requestCount() {
        return server.findAll(anyRequestedFor(anyUrl())).size();
    }

    public WireMockServer server() {
        return server;
    }

    /** A recorded reply from {@code src/test/resources/replies/} (search-replace.md, unified-diff.md, whole-file.md). */
    public static String recorded(String name) {
        try (InputStream in = StubProviders.class.getResourceAsStream("/replies/" + name)) {
            if (in == null) throw new IllegalArgumentException("no recorded reply " + name + " in src/test/resources/replies");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private void serve(String scenario, String path, Step[] steps, boolean openAi) {
        if (steps.length == 0) throw new IllegalArgumentException("at least one step to serve");
        server.removeStubsByMetadata(matchingJsonPath("$.scenario", equalTo(scenario)));
        for (int i = 0; i < steps.length; i++) {
            ScenarioMappingBuilder m = post(urlPathEqualTo(path)).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
                    .withMetadata(Map.of("scenario", scenario));
            if (i + 1 < steps.length) m = m.willSetStateTo("step-" + (i + 1));
            server.stubFor(m.willReturn(respond(steps[i], openAi)));
        }
        // a scenario served again starts over; the other provider's scenario is left where it is
        server.setScenarioState(scenario, Scenario.STARTED);
    }

    private static ResponseDefinitionBuilder respond(Step step, boolean openAi) {
        if (step instanceof Step.Slow slow) return respond(slow.step(), openAi).withFixedDelay(slow.delayMillis());
        ResponseDefinitionBuilder r = aResponse().withHeader("Content-Type", "application/json");
        if (step instanceof Step.Reply reply) {
            return r.withStatus(200).withBody(openAi ? openAiBody(reply) : anthropicBody(reply));
        }
        if (step instanceof Step.Status s) {
            return r.withStatus(s.status()).withBody(openAi ? openAiError(s) : anthropicError(s));
        }
        if (step instanceof Step.Throttled t) {
            Step.Status s = new Step.Status(t.status(), "Rate limit reached; try again later");
            return r.withStatus(t.status()).withHeader("Retry-After", t.retryAfter()).withBody(openAi ? openAiError(s) : anthropicError(s));
        }
        return r.withStatus(200).withBody(((Step.Raw) step).body());
    }

    /** OpenAI Chat Completions, as api.openai.com answers a non-streaming request. */
    static String openAiBody(Step.Reply reply) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stub" + Integer.toHexString(reply.text().hashCode()));
        root.put("object", "chat.completion");
        root.put("created", 1_760_000_000L);
        root.put("model", "gpt-4.1-2025-04-14");
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", reply.text());
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", reply.inputTokens());
        usage.put("completion_tokens", reply.outputTokens());
        usage.put("total_tokens", reply.inputTokens() + reply.outputTokens());
        root.put("system_fingerprint", "fp_stub");
        return root.toString();
    }

    /** Anthropic Messages, as api.anthropic.com answers a non-streaming request. */
    static String anthropicBody(Step.Reply reply) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_stub" + Integer.toHexString(reply.text().hashCode()));
        root.put("type", "message");
        root.put("role", "assistant");
        ObjectNode text = root.putArray("content").addObject();
        text.put("type", "text");
        text.put("text", reply.text());
        root.put("model", "claude-sonnet-4-5-20250929");
        root.put("stop_reason", "end_turn");
        root.putNull("stop_sequence");
        ObjectNode usage = root.putObject("usage");
        usage.put("input_tokens", reply.inputTokens());
        usage.put("output_tokens", reply.outputTokens());
        return root.toString();
    }

    static String openAiError(Step.Status s) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", s.message());
        error.put("type", s.status() == 429 ? "rate_limit_exceeded" : s.status() >= 500 ? "server_error" : "invalid_request_error");
        error.putNull("param");
        error.put("code", s.status() == 401 ? "invalid_api_key" : s.status() == 404 ? "model_not_found" : null);
        return root.toString();
    }

    static String anthropicError(Step.Status s) {
        String type = switch (s.status()) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "error");
        ObjectNode error = root.putObject("error");
        error.put("type", type);
        error.put("message", s.message());
        return root.toString();
    }
}
