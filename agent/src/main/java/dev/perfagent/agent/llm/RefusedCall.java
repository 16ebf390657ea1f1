package dev.perfagent.agent.llm;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider's non-2xx answer as LangChain4j expects it (an {@link HttpException}: status and body), plus the wait
 * its {@code Retry-After} header asked for, which LangChain4j's own client drops. LangChain4j keeps this exception
 * as the cause of the RateLimitException/InternalServerException it maps it to, where {@link ProviderFailure} finds it.
 */
final class RefusedCall extends HttpException {
    private final transient Optional<Duration> retryAfter;

    RefusedCall(int status, String body, Optional<Duration> retryAfter) {
        super(status, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
