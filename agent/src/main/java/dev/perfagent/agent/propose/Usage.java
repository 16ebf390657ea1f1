package dev.perfagent.agent.propose;

/** What a call to a model cost: tokens in and out and money (US dollars; 0 when the price is unknown or free). */
public record Usage(long inputTokens, long outputTokens, double cost) {
    public static final Usage NONE = new Usage(0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, cost + other.cost);
    }

    public long tokens() {
        return inputTokens + outputTokens;
    }
}
