package dev.perfagent.prompts;

/**
 * What is left of a run's budget, with the totals, so the model can weigh a safe small step against a bold one.
 * A total of 0 (or less) means that resource has no limit and is not mentioned.
 */
public record BudgetLeft(int roundsLeft, int rounds, long tokensLeft, long tokens, double dollarsLeft, double dollars) {

    public static final BudgetLeft UNLIMITED = new BudgetLeft(0, 0, 0, 0, 0, 0);
}
