package dev.perfagent.agent.llm;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How often and how patiently a transient failure (rate limit, server error, timeout, dropped connection) is
 * retried: at most {@code maxAttempts} calls in all, waiting a random time between zero and
 * {@code min(maxDelay, baseDelay * 2^(attempt-1))} before each retry ("full jitter", so that many clients hitting
 * the same limit spread out instead of retrying in lockstep).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** Enough to ride out a minute of rate limiting without waiting forever on a dead endpoint. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        if (baseDelay.isNegative() || maxDelay.isNegative()) throw new IllegalArgumentException("delays must not be negative");
    }

    /** The wait before retry number {@code retry} (1 for the first retry), drawn with {@code random} in [0, 1). */
    public Duration delayBefore(int retry, DoubleSupplier random) {
        long base = baseDelay.toMillis();
        // cap the shift so the doubling cannot overflow however many attempts are allowed
        long ceiling = Math.min(maxDelay.toMillis(), base << Math.min(retry - 1, 30));
        if (base > 0 && ceiling < 0) ceiling = maxDelay.toMillis();
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }
}
