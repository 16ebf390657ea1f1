package dev.perfagent.agent.propose;

import dev.perfagent.agent.llm.Provider;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposer as the user names it: {@code provider:model} for a language model ({@code openai:gpt-4.1},
 * {@code ollama:qwen2.5-coder:7b}), or {@code rules}, {@code expert}, {@code replay:FILE}. Parsing checks the name
 * only; keys and endpoints are checked when the model is connected. A bad name is a one-line
 * {@link IllegalArgumentException} listing what is valid.
 *
 * @param name     the name as given, which is also the proposer's name in reports
 * @param provider for {@link Kind#LLM} only
 * @param model    the provider's model name, for {@link Kind#LLM} only (else empty)
 * @param replay   the file or folder of recorded replies, for {@link Kind#REPLAY} only
 */
public record ModelSpec(String name, Kind kind, Optional<Provider> provider, String model, Optional<Path> replay) {

    public enum Kind { LLM, RULES, EXPERT, REPLAY }

    private static final String OTHERS = "rules, expert, replay:FILE";

    public static ModelSpec parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model name is needed: provider:model with provider one of "
                    + Provider.ids() + ", or " + OTHERS);
        }
        String n = name.trim();
        if (n.equals("rules")) return new ModelSpec(n, Kind.RULES, Optional.empty(), "", Optional.empty());
        if (n.equals("expert")) return new ModelSpec(n, Kind.EXPERT, Optional.empty(), "", Optional.empty());
        int colon = n.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + n + "' names no provider: write provider:model, e.g. "
                    + guessProvider(n) + ":" + n + " (providers: " + Provider.ids() + "), or " + OTHERS);
        }
        // split at the first colon only: ollama tags have colons of their own (qwen2.5-coder:7b)
        String prefix = n.substring(0, colon);
        String rest = n.substring(colon + 1).trim();
        if (prefix.equals("replay")) {
            if (rest.isEmpty()) throw new IllegalArgumentException("replay needs a file: replay:replies.jsonl or replay:FOLDER");
            return new ModelSpec(n, Kind.REPLAY, Optional.empty(), "", Optional.of(Path.of(rest)));
        }
        Provider provider = Provider.byId(prefix).orElseThrow(() -> new IllegalArgumentException(
                "unknown model provider '" + prefix + "' in '" + n + "': valid are " + Provider.ids() + " (or " + OTHERS + ")"));
        if (rest.isEmpty()) {
            String example = provider.defaultModel().isEmpty() ? "MODEL" : provider.defaultModel();
            throw new IllegalArgumentException("'" + n + "' names no model: write e.g. " + prefix + ":" + example);
        }
        return new ModelSpec(n, Kind.LLM, Optional.of(provider), rest, Optional.empty());
    }

    /**
     * The name to use when the user gave none: the first provider whose key is set (OpenAI, Anthropic, Gemini, then
     * Ollama when OLLAMA_HOST is set) with its default model, else {@code rules}, which needs no network.
     */
    public static String defaultName(Map<String, String> env) {
        for (Provider p : List.of(Provider.OPENAI, Provider.ANTHROPIC, Provider.GEMINI)) {
            if (p.key(env).isPresent()) return p.id() + ":" + p.defaultModel();
        }
        String ollama = env.get("OLLAMA_HOST");
        if (ollama != null && !ollama.isBlank()) return Provider.OLLAMA.id() + ":" + Provider.OLLAMA.defaultModel();
        return "rules";
    }

    public boolean isLlm() {
        return kind == Kind.LLM;
    }

    private static String guessProvider(String model) {
        if (model.startsWith("claude")) return Provider.ANTHROPIC.id();
        if (model.startsWith("gemini")) return Provider.GEMINI.id();
        if (model.startsWith("gpt") || model.matches("o\\d.*")) return Provider.OPENAI.id();
        return Provider.OLLAMA.id();
    }
}
