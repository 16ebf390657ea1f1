package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ProposerException;

import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;

/**
 * Calls a provider under a {@link RetryPolicy}. LangChain4j's own retry is switched off (maxRetries 0) so that this
 * is the one place that decides, with a waiting time tests can control. Retry-After is not honoured:
 * LangChain4j's exceptions keep the status and body of a failed response but not its headers.
 */
public final class Retrier {
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /** The call's result, or a {@link ProposerException} with a one-line message once retrying cannot help. */
    public <T> T call(Endpoint endpoint, Callable<T> call) {
        ProviderFailure last = null;
        Exception lastError = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (attempt > 1) pause(attempt - 1, last);
            try {
                return call.call();
            } catch (Exception e) {
                ProviderFailure failure = ProviderFailure.classify(e, endpoint);
                if (!failure.retriable()) throw new ProposerException(failure.message(), e);
                last = failure;
                lastError = e;
            }
        }
        throw new ProposerException(endpoint.provider().id() + ": gave up after " + policy.maxAttempts()
                + (policy.maxAttempts() == 1 ? " attempt: " : " attempts: ") + last.message(), lastError);
    }

    private void pause(int retry, ProviderFailure last) {
        try {
            sleeper.sleep(policy.delayBefore(retry, random));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProposerException("interrupted while waiting to retry after: " + last.message(), e);
        }
    }
}
