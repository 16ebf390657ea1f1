package dev.perfagent.agent.loop;

import java.time.Duration;

/**
 * How much a run may spend: rounds of the loop, candidates evaluated, model tokens, money (US dollars) and wall
 * time. The run stops cleanly at the first one spent and says which.
 */
public record Budget(int rounds, int candidates, long tokens, double money, Duration wallTime) {
    public Budget {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        if (candidates < 1) throw new IllegalArgumentException("candidates must be at least 1, got " + candidates);
        if (tokens < 0 || money < 0) throw new IllegalArgumentException("tokens and money cannot be negative");
        if (wallTime.isNegative() || wallTime.isZero()) throw new IllegalArgumentException("wall time must be positive");
    }

    public static Budget defaults() {
        return new Budget(5, 20, 500_000, 5.0, Duration.ofMinutes(60));
    }

    public Budget withRounds(int r) {
        return new Budget(r, candidates, tokens, money, wallTime);
    }

    public Budget withCandidates(int c) {
        return new Budget(rounds, c, tokens, money, wallTime);
    }

    public Budget withTokens(long t) {
        return new Budget(rounds, candidates, t, money, wallTime);
    }

    public Budget withMoney(double m) {
        return new Budget(rounds, candidates, tokens, m, wallTime);
    }

    public Budget withWallTime(Duration w) {
        return new Budget(rounds, candidates, tokens, money, w);
    }
}
