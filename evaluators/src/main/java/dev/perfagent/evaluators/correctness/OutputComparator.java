package dev.perfagent.evaluators.correctness;

import dev.perfagent.datasets.Comparison;

import java.util.Optional;

/**
 * Compares a program's output with the reference. {@code exact}: line by line, ignoring trailing blanks
 * on a line and trailing empty lines. {@code numeric}: token by token, where two numbers match when they
 * differ by at most the tolerance absolutely or relatively.
 */
public final class OutputComparator {
    private static final int EXCERPT = 80;

    private final Comparison comparison;
    private final double tolerance;

    public OutputComparator(Comparison comparison, double tolerance) {
        this.comparison = comparison;
        this.tolerance = tolerance;
    }

    public Optional<Mismatch> compare(String expected, String actual) {
        String[] exp = lines(expected);
        String[] act = lines(actual);
        int n = Math.max(exp.length, act.length);
        for (int i = 0; i < n; i++) {
            String e = i < exp.length ? exp[i] : null;
            String a = i < act.length ? act[i] : null;
            if (e == null) return Optional.of(new Mismatch(i + 1, "(end of output)", excerpt(a), "extra output"));
            if (a == null) return Optional.of(new Mismatch(i + 1, excerpt(e), "(end of output)", "output ends early"));
            if (!lineMatches(e, a)) return Optional.of(new Mismatch(i + 1, excerpt(e), excerpt(a), "wrong output"));
        }
        return Optional.empty();
    }

    private boolean lineMatches(String expected, String actual) {
        if (expected.equals(actual)) return true;
        if (comparison == Comparison.EXACT) return false;
        String[] et = expected.trim().split("\\s+");
        String[] at = actual.trim().split("\\s+");
        if (et.length != at.length) return false;
        for (int i = 0; i < et.length; i++) {
            if (et[i].equals(at[i])) continue;
            Double x = number(et[i]);
            Double y = number(at[i]);
            if (x == null || y == null) return false;
            double diff = Math.abs(x - y);
            if (!(diff <= tolerance || diff <= tolerance * Math.max(Math.abs(x), Math.abs(y)))) return false;
        }
        return true;
    }

    private static Double number(String token) {
        try {
            double d = Double.parseDouble(token);
            return Double.isNaN(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String[] lines(String text) {
        String[] raw = text.replace("\r\n", "\n").split("\n", -1);
        int end = raw.length;
        for (int i = 0; i < raw.length; i++) raw[i] = stripTrailing(raw[i]);
        while (end > 0 && raw[end - 1].isEmpty()) end--;
        String[] out = new String[end];
        System.arraycopy(raw, 0, out, 0, end);
        return out;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    static String excerpt(String s) {
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…";
    }
}
