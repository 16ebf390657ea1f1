package dev.perfagent.agent.propose;

import dev.perfagent.agent.llm.Provider;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSpecTest {

    @Test
    void providerAndModel() {
        ModelSpec spec = ModelSpec.parse("openai:gpt-4.1");
        assertThat(spec.kind()).isEqualTo(ModelSpec.Kind.LLM);
        assertThat(spec.provider()).contains(Provider.OPENAI);
        assertThat(spec.model()).isEqualTo("gpt-4.1");
        assertThat(spec.name()).isEqualTo("openai:gpt-4.1");
    }

    @Test
    void everyProviderIsRecognised() {
        assertThat(ModelSpec.parse("anthropic:claude-sonnet-4-5").provider()).contains(Provider.ANTHROPIC);
        assertThat(ModelSpec.parse("gemini:gemini-2.5-pro").provider()).contains(Provider.GEMINI);
        assertThat(ModelSpec.parse("openai-compatible:Qwen/Qwen2.5-Coder-32B").provider()).contains(Provider.OPENAI_COMPATIBLE);
    }

    @Test
    void anOllamaTagKeepsItsOwnColon() {
        ModelSpec spec = ModelSpec.parse("ollama:qwen2.5-coder:7b");
        assertThat(spec.provider()).contains(Provider.OLLAMA);
        assertThat(spec.model()).isEqualTo("qwen2.5-coder:7b");
    }

    @Test
    void theOfflineProposers() {
        assertThat(ModelSpec.parse("rules").kind()).isEqualTo(ModelSpec.Kind.RULES);
        assertThat(ModelSpec.parse("expert").kind()).isEqualTo(ModelSpec.Kind.EXPERT);
        ModelSpec replay = ModelSpec.parse("replay:runs/replies.jsonl");
        assertThat(replay.kind()).isEqualTo(ModelSpec.Kind.REPLAY);
        assertThat(replay.replay()).contains(Path.of("runs/replies.jsonl"));
        assertThat(replay.provider()).isEmpty();
    }

    @Test
    void anUnknownProviderListsTheValidOnes() {
        assertThatThrownBy(() -> ModelSpec.parse("openia:gpt-4.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model provider 'openia' in 'openia:gpt-4.1': valid are openai, anthropic, gemini, "
                        + "ollama, openai-compatible (or rules, expert, replay:FILE)");
    }

    @Test
    void aBareModelNameSuggestsItsProvider() {
        assertThatThrownBy(() -> ModelSpec.parse("claude-sonnet-4-5"))
                .hasMessageStartingWith("'claude-sonnet-4-5' names no provider: write provider:model, e.g. anthropic:claude-sonnet-4-5");
    }

    @Test
    void aProviderWithoutAModelOrAReplayWithoutAFile() {
        assertThatThrownBy(() -> ModelSpec.parse("anthropic:"))
                .hasMessage("'anthropic:' names no model: write e.g. anthropic:claude-sonnet-4-5");
        assertThatThrownBy(() -> ModelSpec.parse("replay:")).hasMessageStartingWith("replay needs a file");
        assertThatThrownBy(() -> ModelSpec.parse(" ")).hasMessageStartingWith("a model name is needed");
    }

    @Test
    void theDefaultIsRulesWithoutAnyKey() {
        assertThat(ModelSpec.defaultName(Map.of())).isEqualTo("rules");
        assertThat(ModelSpec.defaultName(Map.of("OPENAI_API_KEY", "  "))).isEqualTo("rules");
    }

    @Test
    void theDefaultIsTheFirstProviderWithAKey() {
        assertThat(ModelSpec.defaultName(Map.of("ANTHROPIC_API_KEY", "k", "GOOGLE_API_KEY", "g")))
                .isEqualTo("anthropic:claude-sonnet-4-5");
        assertThat(ModelSpec.defaultName(Map.of("GOOGLE_API_KEY", "g"))).isEqualTo("gemini:gemini-2.5-pro");
        assertThat(ModelSpec.defaultName(Map.of("OPENAI_API_KEY", "k", "ANTHROPIC_API_KEY", "k"))).startsWith("openai:");
        assertThat(ModelSpec.defaultName(Map.of("OLLAMA_HOST", "127.0.0.1:11434"))).isEqualTo("ollama:qwen2.5-coder");
        // every default parses back
        assertThat(ModelSpec.parse(ModelSpec.defaultName(Map.of("OPENAI_API_KEY", "k"))).isLlm()).isTrue();
    }

    @Test
    void noProviderForTheOfflineKinds() {
        assertThat(ModelSpec.parse("expert").provider()).isEqualTo(Optional.empty());
    }
}
