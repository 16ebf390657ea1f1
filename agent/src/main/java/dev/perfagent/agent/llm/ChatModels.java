package dev.perfagent.agent.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;

import java.util.Optional;

/**
 * LangChain4j chat models for an {@link Endpoint}. Every model is built with maxRetries 0: {@link Retrier} owns
 * retrying, and retries on both levels would multiply (6 × 3 calls on a rate limit).
 */
final class ChatModels {
    private ChatModels() {
    }

    static ChatModel build(Endpoint e, LlmOptions o) {
        String url = e.baseUrl().orElse(null);
        String key = e.apiKey().orElse(null);
        return switch (e.provider()) {
            case OPENAI, OPENAI_COMPATIBLE -> OpenAiChatModel.builder()
                    .baseUrl(url).apiKey(key).modelName(e.model())
                    .timeout(o.timeout()).maxRetries(0).httpClientBuilder(ProviderHttpClient.builder()).build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(url).apiKey(key).modelName(e.model()).maxTokens(o.maxOutputTokens())
                    .timeout(o.timeout()).maxRetries(0).httpClientBuilder(ProviderHttpClient.builder()).build();
            case GEMINI -> GoogleAiGeminiChatModel.builder()
                    .baseUrl(url).apiKey(key).modelName(e.model())
                    .timeout(o.timeout()).maxRetries(0).httpClientBuilder(ProviderHttpClient.builder()).build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(url).modelName(e.model())
                    .timeout(o.timeout()).maxRetries(0).httpClientBuilder(ProviderHttpClient.builder()).build();
        };
    }

    /**
     * A seed for one call, where the provider takes one per request, so that n candidates from one prompt are n
     * different draws that a rerun repeats. Anthropic has no seed (its default temperature of 1 already varies
     * replies); Gemini takes one only when the model is built.
     */
    static Optional<ChatRequestParameters> seeded(Provider provider, long seed) {
        int s = (int) (seed ^ (seed >>> 32));
        return switch (provider) {
            case OPENAI, OPENAI_COMPATIBLE -> Optional.of(OpenAiChatRequestParameters.builder().seed(s).build());
            case OLLAMA -> Optional.of(OllamaChatRequestParameters.builder().seed(s).build());
            case ANTHROPIC, GEMINI -> Optional.empty();
        };
    }
}
