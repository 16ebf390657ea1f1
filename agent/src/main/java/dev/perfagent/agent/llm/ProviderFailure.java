package dev.perfagent.agent.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failed call to a provider, sorted into what retrying can fix and what it cannot, with a one-line message for
 * the user. LangChain4j maps HTTP statuses to its exception types (429 → RateLimitException, 5xx →
 * InternalServerException, 401/403 → AuthenticationException, 404 → ModelNotFoundException, other 4xx →
 * InvalidRequestException) and keeps the {@link HttpException} with the status and body as the cause; transport
 * failures (timeouts, refused or reset connections) and unreadable bodies arrive as an {@link IOException}
 * somewhere in the cause chain.
 *
 * <p>Decision: a 200 whose body cannot be read (not the provider's JSON, an HTML page from a proxy) or that holds
 * no text is an {@link Kind#UNUSABLE_REPLY}: it was answered and usually paid for, so it is not retried on the spot
 * (a model that answers badly answers badly again: six retries per candidate were a silent, paid burst); the loop
 * records it as the candidate's problem, which the next round's prompt carries as feedback.
 *
 * @param retryAfter the wait the provider asked for with Retry-After, when it did
 */
public record ProviderFailure(Kind kind, String message, Optional<Duration> retryAfter) {

    /** What a failure means for the call. */
    public enum Kind {
        /** Transient: rate limit, server error, timeout, dropped connection. */
        RETRY,
        /** Retrying cannot help: a key, a model name, a request the provider rejects. Ends the run. */
        FATAL,
        /** Answered, but nothing usable in it: becomes feedback for the next round. */
        UNUSABLE_REPLY
    }

    public ProviderFailure(boolean retriable, String message) {
        this(retriable ? Kind.RETRY : Kind.FATAL, message, Optional.empty());
    }

    public boolean retriable() {
        return kind == Kind.RETRY;
    }

    public static ProviderFailure classify(Throwable t, Endpoint endpoint) {
        if (t instanceof EmptyReplyException) return new ProviderFailure(Kind.UNUSABLE_REPLY, "the reply had no text", Optional.empty());
        Optional<Integer> status = status(t);
        if (t instanceof AuthenticationException || status.filter(s -> s == 401 || s == 403).isPresent()) {
            return fatal(endpoint.keyVariable()
                    .map(v -> "the API key in " + v + " was rejected by " + endpoint.provider().id() + ": check it")
                    .orElse(endpoint.provider().id() + " at " + endpoint.where()
                            + " rejected the request as unauthorized: an API key is needed"
                            + keyHint(endpoint.provider())));
        }
        if (t instanceof ModelNotFoundException || status.filter(s -> s == 404).isPresent()) {
            return fatal("model " + endpoint.model() + " is not known to provider " + endpoint.provider().id()
                    + endpoint.baseUrl().map(u -> " (or " + u + " is not the right base URL)").orElse("")
                    + detail(t));
        }
        if (status.isEmpty() && (t instanceof TimeoutException || causeOf(t, HttpTimeoutException.class).isPresent())) {
            return new ProviderFailure(true, "timed out");
        }
        if (t instanceof RetriableException || status.filter(s -> s == 408 || s == 429 || s >= 500).isPresent()) {
            Optional<Duration> asked = causeOf(t, RefusedCall.class).flatMap(e -> ((RefusedCall) e).retryAfter());
            return new ProviderFailure(Kind.RETRY, status.map(s -> "HTTP " + s).orElse(kind(t)) + detail(t), asked);
        }
        if (t instanceof InvalidRequestException || status.filter(s -> s >= 400 && s < 500).isPresent()) {
            return fatal(endpoint.provider().id() + " rejected the request"
                    + status.map(s -> " (HTTP " + s + ")").orElse("") + detail(t));
        }
        if (t instanceof UnresolvedModelServerException) {
            return fatal("cannot find the server for " + endpoint.provider().id() + " at " + endpoint.where()
                    + ": check the host name");
        }
        Optional<Throwable> io = causeOf(t, IOException.class);
        if (io.isPresent()) {
            Throwable e = io.get();
            if (e instanceof com.fasterxml.jackson.core.JacksonException) {
                return new ProviderFailure(Kind.UNUSABLE_REPLY, "the reply could not be read (not " + endpoint.provider().id()
                        + "'s JSON)" + detail(e), Optional.empty());
            }
            String what = e instanceof ConnectException ? "cannot connect to " + endpoint.where() : "connection failed";
            return new ProviderFailure(true, what + detail(e));
        }
        return fatal(endpoint.provider().id() + " call failed" + detail(t));
    }

    private static ProviderFailure fatal(String message) {
        return new ProviderFailure(false, message);
    }

    private static String keyHint(Provider p) {
        return p.keyVariables().isEmpty() ? "" : " (set " + p.keyVariables().get(0) + ")";
    }

    private static Optional<Integer> status(Throwable t) {
        return causeOf(t, HttpException.class).map(e -> ((HttpException) e).statusCode());
    }

    private static Optional<Throwable> causeOf(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    private static String kind(Throwable t) {
        return t.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** The provider's own words, squeezed onto one short line (error bodies are often multi-line JSON). */
    static String detail(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) return "";
        String line = m.replaceAll("\\s+", " ").trim();
        return ": " + (line.length() > 200 ? line.substring(0, 197) + "..." : line);
    }
}
