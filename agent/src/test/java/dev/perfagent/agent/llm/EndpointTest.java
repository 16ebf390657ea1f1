package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointTest {

    private static Endpoint resolve(String name, String baseUrl, Map<String, String> env) {
        return Endpoint.resolve(ModelSpec.parse(name), Optional.ofNullable(baseUrl), env);
    }

    @Test
    void theKeyComesFromTheProvidersVariable() {
        Endpoint e = resolve("openai:gpt-4.1", null, Map.of("OPENAI_API_KEY", "sk-1", "ANTHROPIC_API_KEY", "sk-2"));
        assertThat(e.apiKey()).contains("sk-1");
        assertThat(e.keyVariable()).contains("OPENAI_API_KEY");
        assertThat(e.baseUrl()).isEmpty();
        assertThat(e.toString()).doesNotContain("sk-1");
    }

    @Test
    void geminiTakesEitherVariable() {
        assertThat(resolve("gemini:gemini-2.5-pro", null, Map.of("GOOGLE_API_KEY", "g")).keyVariable()).contains("GOOGLE_API_KEY");
        assertThat(resolve("gemini:gemini-2.5-pro", null, Map.of("GEMINI_API_KEY", "a", "GOOGLE_API_KEY", "b")).apiKey()).contains("a");
    }

    @Test
    void aMissingKeyNamesTheVariableToSet() {
        assertThatThrownBy(() -> resolve("openai:gpt-4.1", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no API key for openai: set OPENAI_API_KEY");
        assertThatThrownBy(() -> resolve("anthropic:claude-sonnet-4-5", null, Map.of("OPENAI_API_KEY", "k")))
                .hasMessage("no API key for anthropic: set ANTHROPIC_API_KEY");
        assertThatThrownBy(() -> resolve("gemini:gemini-2.5-pro", null, Map.of()))
                .hasMessage("no API key for gemini: set GEMINI_API_KEY (or GOOGLE_API_KEY)");
    }

    @Test
    void anExplicitBaseUrlWins() {
        Endpoint e = resolve("openai:gpt-4.1", "http://proxy:8080/v1", Map.of("OPENAI_API_KEY", "k"));
        assertThat(e.baseUrl()).contains("http://proxy:8080/v1");
    }

    @Test
    void openAiCompatibleNeedsABaseUrlButNoKey() {
        assertThatThrownBy(() -> resolve("openai-compatible:qwen", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("openai-compatible needs --base-url, e.g. --base-url http://localhost:8000/v1");
        Endpoint e = resolve("openai-compatible:qwen", "http://localhost:8000/v1", Map.of("OPENAI_API_KEY", "real-openai-key"));
        // the user's OpenAI key is not sent to some other server
        assertThat(e.apiKey()).isEmpty();
        assertThat(resolve("openai-compatible:qwen", "http://x/v1", Map.of("OPENAI_COMPATIBLE_API_KEY", "or-1")).apiKey())
                .contains("or-1");
    }

    @Test
    void ollamaReadsOllamaHostInEitherForm() {
        assertThat(resolve("ollama:qwen2.5-coder", null, Map.of()).baseUrl()).contains("http://localhost:11434");
        assertThat(resolve("ollama:qwen2.5-coder", null, Map.of("OLLAMA_HOST", "10.0.0.5:11434")).baseUrl())
                .contains("http://10.0.0.5:11434");
        assertThat(resolve("ollama:qwen2.5-coder", null, Map.of("OLLAMA_HOST", "gpu-box")).baseUrl())
                .contains("http://gpu-box:11434");
        assertThat(resolve("ollama:qwen2.5-coder", null, Map.of("OLLAMA_HOST", "https://ollama.example.org")).baseUrl())
                .contains("https://ollama.example.org");
        assertThat(resolve("ollama:qwen2.5-coder", "http://other:1234", Map.of("OLLAMA_HOST", "gpu-box")).baseUrl())
                .contains("http://other:1234");
    }

    @Test
    void openAiReadsOpenAiBaseUrlAsItsSdksDoAndTheFlagWins() {
        assertThat(resolve("openai:gpt-4.1", null, Map.of("OPENAI_API_KEY", "k")).baseUrl()).isEqualTo(Provider.OPENAI.defaultBaseUrl());
        assertThat(resolve("openai:gpt-4.1", null, Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", " http://127.0.0.1:8089/v1 ")).baseUrl())
                .contains("http://127.0.0.1:8089/v1");
        assertThat(resolve("openai:gpt-4.1", "http://flag:1/v1", Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", "http://env:2/v1")).baseUrl())
                .contains("http://flag:1/v1");
    }

    @Test
    void theOfflineProposersHaveNoEndpoint() {
        assertThatThrownBy(() -> resolve("rules", null, Map.of())).hasMessageContaining("'rules' is not a language model");
    }
}
