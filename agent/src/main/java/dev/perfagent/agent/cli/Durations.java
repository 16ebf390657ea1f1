package dev.perfagent.agent.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as every option writes them: a number with a unit ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h},
 * also {@code 1m30s}) or a bare number, which means seconds. One reading for {@code --time}, {@code --budget},
 * {@code --timeout} of every command and for perfagent.yaml, so "5s" works wherever "5" does.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|m|min|h)");

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the form to write when {@code text} is not a duration */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+(\\.\\d+)?")) return Duration.ofNanos((long) (Double.parseDouble(t) * 1e9));
        Matcher m = PART.matcher(t);
        long nanos = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            double n = Double.parseDouble(m.group(1));
            nanos += (long) (n * switch (m.group(2)) {
                case "ms" -> 1e6;
                case "s", "sec" -> 1e9;
                case "m", "min" -> 60e9;
                default -> 3600e9;
            });
            end = m.end();
        }
        if (t.isEmpty() || end != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write e.g. 30s, 5m, 1h or a number of seconds");
        }
        return Duration.ofNanos(nanos);
    }

    /** "850 ms", "12 s", "3.5 s", "4 min", "1 h 5 min": short and unambiguous for progress lines. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms < 10_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        long s = Math.round(ms / 1000.0);
        if (s < 120) return s + " s";
        long min = Math.round(s / 60.0);
        if (min < 60) return min + " min";
        return min / 60 + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
    }

    /** The same reading as a number of seconds, for options that hold seconds as a {@code double}. */
    public static final class Seconds implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return new Converter().convert(value).toNanos() / 1e9;
        }
    }

    /** picocli's converter: an unreadable value is a usage error (exit 2) that names the option. */
    public static final class Converter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                Duration d = parse(value);
                if (d.isZero()) throw new CommandLine.TypeConversionException("'" + value + "' must be longer than zero");
                return d;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
