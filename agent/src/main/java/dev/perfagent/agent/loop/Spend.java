package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Usage;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What a run has spent so far, checked against its {@link Budget} in one place ({@link #exhausted}). Wall time
 * counts from the first start of the run; a resumed run carries the time its earlier sessions spent.
 */
public final class Spend {
    private final Budget budget;
    private final long startNanos = System.nanoTime();
    private final Duration earlier;
    private int rounds;
    private int candidates;
    private Usage usage = Usage.NONE;

    public Spend(Budget budget, Duration earlier) {
        this.budget = budget;
        this.earlier = earlier;
    }

    void round() {
        rounds++;
    }

    void candidate() {
        candidates++;
    }

    void add(Usage u) {
        usage = usage.plus(u);
    }

    public int rounds() {
        return rounds;
    }

    public int candidates() {
        return candidates;
    }

    public Usage usage() {
        return usage;
    }

    public Duration wall() {
        return earlier.plus(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** Which part of the budget is spent, as the sentence the run ends with; empty while everything is left. */
    public Optional<String> exhausted() {
        if (rounds >= budget.rounds()) return Optional.of("round budget spent (" + rounds + " of " + budget.rounds() + ")");
        return exhaustedWithinRound();
    }

    /** As {@link #exhausted()} without the round count: what stops a round that has already begun. */
    public Optional<String> exhaustedWithinRound() {
        if (candidates >= budget.candidates()) return Optional.of("candidate budget spent (" + candidates + " of " + budget.candidates() + ")");
        if (budget.tokens() > 0 && usage.tokens() >= budget.tokens()) return Optional.of("token budget spent (" + usage.tokens() + " of " + budget.tokens() + ")");
        if (budget.money() > 0 && usage.cost() >= budget.money()) return Optional.of(String.format(Locale.ROOT, "money budget spent ($%.4f of $%.2f)", usage.cost(), budget.money()));
        if (wall().compareTo(budget.wallTime()) >= 0) return Optional.of("wall-time budget spent (" + wall().toSeconds() + " s of " + budget.wallTime().toSeconds() + " s)");
        return Optional.empty();
    }

    /** What is left, as the model is told it. */
    public dev.perfagent.prompts.BudgetLeft left() {
        return new dev.perfagent.prompts.BudgetLeft(Math.max(0, budget.rounds() - rounds), budget.rounds(),
                Math.max(0, budget.tokens() - usage.tokens()), budget.tokens(), Math.max(0, budget.money() - usage.cost()), budget.money());
    }

    /** What is left, in one line for logs. */
    public String describeLeft() {
        return String.format(Locale.ROOT, "round %d of %d; candidates %d of %d used; tokens %,d of %,d; $%.4f of $%.2f; %d s of %d s",
                rounds, budget.rounds(), candidates, budget.candidates(), usage.tokens(), budget.tokens(), usage.cost(), budget.money(),
                wall().toSeconds(), budget.wallTime().toSeconds());
    }

    public Budget budget() {
        return budget;
    }
}
