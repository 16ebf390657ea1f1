package dev.perfagent.datasets;

import java.util.Locale;
import java.util.Optional;

/**
 * How actual output is compared with the reference: {@code exact} (line by line, trailing blanks
 * ignored) or {@code numeric} (token by token, numbers within a tolerance).
 */
public enum Comparison {
    EXACT, NUMERIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Comparison> parse(String text) {
        if (text == null) return Optional.empty();
        for (Comparison c : values()) if (c.id().equals(text.trim().toLowerCase(Locale.ROOT))) return Optional.of(c);
        return Optional.empty();
    }
}
