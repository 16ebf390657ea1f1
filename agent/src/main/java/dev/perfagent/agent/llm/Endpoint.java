package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ModelSpec;

import java.util.Map;
import java.util.Optional;

/**
 * Where one model is reached and with which key, resolved from its name, an optional {@code --base-url} and the
 * environment ({@code OPENAI_BASE_URL}, {@code OLLAMA_HOST}). Problems the user can fix (no key, openai-compatible without a URL) are one-line
 * {@link IllegalArgumentException}s naming what to set.
 *
 * @param keyVariable the environment variable the key came from, for "the API key in X was rejected"
 */
public record Endpoint(Provider provider, String model, Optional<String> baseUrl, Optional<String> apiKey,
                       Optional<String> keyVariable) {

    @Override
    public String toString() {
        // never print the key
        return provider.id() + ":" + model + baseUrl.map(u -> " at " + u).orElse("");
    }

    /** The base URL as given or as the provider's default, for messages; LangChain4j's own default is not known here. */
    public String where() {
        return baseUrl.orElse(provider.id() + "'s default endpoint");
    }

    public static Endpoint resolve(ModelSpec spec, Optional<String> baseUrl, Map<String, String> env) {
        Provider provider = spec.provider().orElseThrow(() ->
                new IllegalArgumentException("'" + spec.name() + "' is not a language model: it needs no endpoint"));
        Optional<String> explicit = baseUrl.filter(u -> !u.isBlank()).map(String::trim);
        Optional<String> url = explicit.or(() -> switch (provider) {
            case OLLAMA -> Optional.ofNullable(env.get("OLLAMA_HOST")).filter(h -> !h.isBlank()).map(Endpoint::ollamaUrl)
                    .or(provider::defaultBaseUrl);
            // the variable OpenAI's own SDKs read: a proxy, a gateway, or a local server speaking the same API
            case OPENAI -> Optional.ofNullable(env.get("OPENAI_BASE_URL")).filter(u -> !u.isBlank()).map(String::trim)
                    .or(provider::defaultBaseUrl);
            case OPENAI_COMPATIBLE -> throw new IllegalArgumentException(
                    "openai-compatible needs --base-url, e.g. --base-url http://localhost:8000/v1");
            default -> provider.defaultBaseUrl();
        });
        Optional<String> key = provider.key(env);
        if (key.isEmpty() && provider.keyRequired()) {
            throw new IllegalArgumentException("no API key for " + provider.id() + ": set "
                    + String.join(" (or ", provider.keyVariables()) + ")".repeat(provider.keyVariables().size() - 1));
        }
        return new Endpoint(provider, spec.model(), url, key, provider.keyVariable(env));
    }

    /** OLLAMA_HOST is often written as host:port (that is how the ollama CLI reads it); LangChain4j wants a URL. */
    static String ollamaUrl(String host) {
        String h = host.trim();
        if (h.startsWith("http://") || h.startsWith("https://")) return h;
        return "http://" + (h.contains(":") ? h : h + ":11434");
    }
}
