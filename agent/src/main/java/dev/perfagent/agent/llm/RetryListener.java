package dev.perfagent.agent.llm;

import java.time.Duration;

/** Hears about every wait before a retried model call, so a user sees "retrying in 20 s after HTTP 429" and not silence. */
@FunctionalInterface
public interface RetryListener {
    RetryListener NONE = (why, wait, retry, of) -> { };

    /**
     * @param why   the failure, one line ("HTTP 429: Rate limit reached")
     * @param wait  how long before the next call (the provider's Retry-After when it sent one)
     * @param retry which retry comes next, from 1
     * @param of    the most retries there will be
     */
    void retrying(String why, Duration wait, int retry, int of);
}
