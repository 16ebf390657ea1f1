package dev.perfagent.agent.llm;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PriceTableTest {
    private final PriceTable bundled = PriceTable.bundled();

    @Test
    void everyCommonModelHasAListPrice() {
        for (String m : new String[]{"gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "o3", "o4-mini", "gpt-5"}) {
            assertThat(bundled.lookup(Provider.OPENAI, m)).as(m).isPresent();
        }
        for (String m : new String[]{"claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"}) {
            assertThat(bundled.lookup(Provider.ANTHROPIC, m)).as(m).isPresent();
        }
        for (String m : new String[]{"gemini-2.5-pro", "gemini-2.5-flash"}) {
            assertThat(bundled.lookup(Provider.GEMINI, m)).as(m).isPresent();
        }
    }

    @Test
    void aDatedSnapshotCostsWhatItsFamilyCosts() {
        assertThat(bundled.lookup(Provider.OPENAI, "gpt-4.1-mini-2025-04-14")).contains(new Price(0.40, 1.60));
        assertThat(bundled.lookup(Provider.ANTHROPIC, "claude-sonnet-4-5-20250929")).contains(new Price(3, 15));
        // the longest family wins: gpt-4o-mini, not gpt-4o
        assertThat(bundled.lookup(Provider.OPENAI, "gpt-4o-mini-2024-07-18")).contains(new Price(0.15, 0.60));
    }

    @Test
    void anUnknownModelHasNoPriceAndALocalOneIsFree() {
        assertThat(bundled.lookup(Provider.OPENAI_COMPATIBLE, "Qwen/Qwen2.5-Coder-32B")).isEmpty();
        assertThat(bundled.lookup(Provider.OPENAI, "gpt-4.1x")).isEmpty();
        assertThat(bundled.lookup(Provider.OLLAMA, "qwen2.5-coder:7b")).contains(Price.FREE);
    }

    @Test
    void theUsersPricesOverrideAndAdd() {
        PriceTable t = bundled.with(Map.of("gpt-4.1", new Price(1, 4), "openai-compatible:my-model", new Price(0.5, 0.5)));
        assertThat(t.lookup(Provider.OPENAI, "gpt-4.1")).contains(new Price(1, 4));
        assertThat(t.lookup(Provider.OPENAI_COMPATIBLE, "my-model")).contains(new Price(0.5, 0.5));
        assertThat(bundled.lookup(Provider.OPENAI, "gpt-4.1")).contains(new Price(2, 8));
    }

    @Test
    void costIsPerMillionTokens() {
        assertThat(new Price(3, 15).cost(1_000_000, 100_000)).isCloseTo(4.5, within(1e-9));
    }

    @Test
    void aMalformedPriceSaysHowToWriteIt() {
        assertThatThrownBy(() -> PriceTable.parse("x", "2.0"))
                .hasMessage("price of x should read 'INPUT / OUTPUT' (dollars per million tokens), not '2.0'");
    }
}
