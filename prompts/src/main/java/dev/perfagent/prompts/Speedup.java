package dev.perfagent.prompts;

/** A measured speedup (baseline time / candidate time) and its confidence interval, as the model is shown it. */
public record Speedup(double ratio, double low, double high) {
}
