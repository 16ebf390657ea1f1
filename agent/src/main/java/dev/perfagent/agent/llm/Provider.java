package dev.perfagent.agent.llm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model providers perfagent talks to, by the prefix of a model name ({@code openai:gpt-4.1}).
 *
 * @param id              the prefix as the user writes it
 * @param keyVariables    environment variables holding the API key, first match wins
 * @param keyRequired     whether a call without a key is pointless (local servers and most proxies need none)
 * @param defaultModel    what {@code ModelSpec.defaultName} picks when this provider's key is the one found
 * @param defaultBaseUrl  where requests go without {@code --base-url}; null when LangChain4j's own default is right
 */
public enum Provider {
    OPENAI("openai", List.of("OPENAI_API_KEY"), true, "gpt-4.1", null),
    ANTHROPIC("anthropic", List.of("ANTHROPIC_API_KEY"), true, "claude-sonnet-4-5", null),
    GEMINI("gemini", List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"), true, "gemini-2.5-pro", null),
    OLLAMA("ollama", List.of(), false, "qwen2.5-coder", "http://localhost:11434"),
    /**
     * vLLM, llama.cpp server, LM Studio, OpenRouter: the OpenAI wire format at a URL the user gives. Its key has a
     * variable of its own so that OPENAI_API_KEY is never sent to a server that is not OpenAI's.
     */
    OPENAI_COMPATIBLE("openai-compatible", List.of("OPENAI_COMPATIBLE_API_KEY"), false, "", null);

    private final String id;
    private final List<String> keyVariables;
    private final boolean keyRequired;
    private final String defaultModel;
    private final String defaultBaseUrl;

    Provider(String id, List<String> keyVariables, boolean keyRequired, String defaultModel, String defaultBaseUrl) {
        this.id = id;
        this.keyVariables = keyVariables;
        this.keyRequired = keyRequired;
        this.defaultModel = defaultModel;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public String id() {
        return id;
    }

    public List<String> keyVariables() {
        return keyVariables;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public Optional<String> defaultBaseUrl() {
        return Optional.ofNullable(defaultBaseUrl);
    }

    public boolean keyRequired() {
        return keyRequired;
    }

    /** The key from the first of {@link #keyVariables} that is set and not blank. */
    public Optional<String> key(Map<String, String> env) {
        return keyVariables.stream().map(env::get).filter(v -> v != null && !v.isBlank()).map(String::trim).findFirst();
    }

    /** The variable that held the key, for messages ("the API key in GOOGLE_API_KEY was rejected"). */
    public Optional<String> keyVariable(Map<String, String> env) {
        return keyVariables.stream().filter(v -> env.get(v) != null && !env.get(v).isBlank()).findFirst();
    }

    public static Optional<Provider> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Provider::id).collect(Collectors.joining(", "));
    }
}
