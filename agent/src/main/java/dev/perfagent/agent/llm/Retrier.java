package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ProposerException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;

/**
 * Calls a provider under a {@link RetryPolicy}. LangChain4j's own retry is switched off (maxRetries 0) so that this
 * is the one place that decides, with a waiting time tests can control. A provider's Retry-After (kept by
 * {@link ProviderHttpClient}) replaces the backoff: it knows when its limit resets; one that asks for longer than
 * {@link #LONGEST_ASKED_WAIT} ends the call with a message instead of hanging the run. Every wait is told to the
 * {@link RetryListener}; an unusable reply is not retried here (see {@link ProviderFailure.Kind#UNUSABLE_REPLY}).
 */
public final class Retrier {
    /** The longest Retry-After that is waited out; a daily quota's "come back in 6 hours" is not. */
    static final Duration LONGEST_ASKED_WAIT = Duration.ofMinutes(5);

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final RetryListener listener;

    public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random) {
        this(policy, sleeper, random, RetryListener.NONE);
    }

    public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, RetryListener listener) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
        this.listener = listener;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * The call's result; an {@link UnusableReplyException} when it was answered with nothing usable; or a
     * {@link ProposerException} with a one-line message once retrying cannot help.
     */
    public <T> T call(Endpoint endpoint, Callable<T> call) {
        ProviderFailure last = null;
        Exception lastError = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (attempt > 1) pause(attempt - 1, last);
            try {
                return call.call();
            } catch (Exception e) {
                ProviderFailure failure = ProviderFailure.classify(e, endpoint);
                switch (failure.kind()) {
                    case FATAL -> throw new ProposerException(failure.message(), e);
                    case UNUSABLE_REPLY -> throw new UnusableReplyException(failure.message(), e);
                    case RETRY -> {
                        if (failure.retryAfter().filter(w -> w.compareTo(LONGEST_ASKED_WAIT) > 0).isPresent()) {
                            throw new ProposerException(endpoint.provider().id() + ": " + failure.message() + "; it asks to wait "
                                    + seconds(failure.retryAfter().get()) + " before the next call: try again later", e);
                        }
                    }
                }
                last = failure;
                lastError = e;
            }
        }
        throw new ProposerException(endpoint.provider().id() + ": gave up after " + policy.maxAttempts()
                + (policy.maxAttempts() == 1 ? " attempt: " : " attempts: ") + last.message(), lastError);
    }

    private void pause(int retry, ProviderFailure last) {
        Duration wait = last.retryAfter().orElseGet(() -> policy.delayBefore(retry, random));
        listener.retrying(last.message(), wait, retry, policy.maxAttempts() - 1);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProposerException("interrupted while waiting to retry after: " + last.message(), e);
        }
    }

    static String seconds(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return s >= 120 ? (s + 59) / 60 + " min" : s + " s";
    }
}
