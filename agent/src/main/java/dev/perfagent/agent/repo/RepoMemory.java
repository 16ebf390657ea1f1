package dev.perfagent.agent.repo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code repo.memory}: the memory each process of a benchmark run may commit (the sandbox's RLIMIT_DATA), written as
 * {@code 2g}, {@code 1536m} or a number of MiB. JVMs started by the benchmark or the tests size their heap from it
 * (the Maven toolchain passes it as {@code -XX:MaxRAM}), so the limit and the heap agree.
 */
public final class RepoMemory {
    public static final long DEFAULT_BYTES = 2048L * 1024 * 1024;
    /** What builds and test runs get (the sandbox's build limits). */
    static final long BUILD_BYTES = 4096L * 1024 * 1024;
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?\\s*");

    private RepoMemory() {
    }

    /** Empty when {@code text} is not a size. */
    public static Optional<Long> parse(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) return Optional.empty();
        double n = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "g" -> 1024L * 1024 * 1024;
            case "t" -> 1024L * 1024 * 1024 * 1024;
            default -> 1024L * 1024;   // a bare number or "m": MiB
        };
        long bytes = (long) (n * unit);
        return bytes < 64L * 1024 * 1024 ? Optional.empty() : Optional.of(bytes);
    }
}
