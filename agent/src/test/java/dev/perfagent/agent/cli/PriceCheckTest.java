package dev.perfagent.agent.cli;

import dev.perfagent.agent.llm.Price;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceCheckTest {
    private final StringWriter warnings = new StringWriter();
    private final PrintWriter err = new PrintWriter(warnings, true);

    @Test
    void aModelWithoutAPriceWarnsOnceNamingWhatToAdd() {
        PriceCheck.check("openai:my-finetune", Map.of(), false, err);

        assertThat(warnings.toString().strip().lines()).singleElement().asString()
                .startsWith("perfagent: warning: openai:my-finetune has no known price")
                .contains("prices: {\"my-finetune\"");
    }

    @Test
    void aMoneyBudgetWithoutAPriceIsRefused() {
        assertThatThrownBy(() -> PriceCheck.check("openai-compatible:qwen", Map.of(), true, err))
                .isInstanceOf(UserError.class).hasMessageStartingWith("--money cannot be held: openai-compatible:qwen has no known price");
    }

    @Test
    void aPriceGivenInTheConfigOrTheTableOrAModelThatIsNotAnLlmPassesQuietly() {
        PriceCheck.check("openai:my-finetune", Map.of("my-finetune", new Price(1, 2)), true, err);
        PriceCheck.check("openai:gpt-4.1", Map.of(), true, err);
        PriceCheck.check("rules", Map.of(), true, err);
        PriceCheck.check("ollama:qwen2.5-coder", Map.of(), true, err);

        assertThat(warnings.toString()).isEmpty();
    }
}
