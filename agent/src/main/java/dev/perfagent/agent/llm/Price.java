package dev.perfagent.agent.llm;

/** A model's price in US dollars per million tokens read and written. */
public record Price(double inputPerMillion, double outputPerMillion) {
    public static final Price FREE = new Price(0, 0);

    public Price {
        if (inputPerMillion < 0 || outputPerMillion < 0) throw new IllegalArgumentException("a price cannot be negative");
    }

    public double cost(long inputTokens, long outputTokens) {
        return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
    }
}
