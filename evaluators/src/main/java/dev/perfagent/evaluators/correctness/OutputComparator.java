package dev.perfagent.evaluators.correctness;

import dev.perfagent.datasets.Comparison;

import java.util.Optional;

/**
 * Compares a program's output with the reference. {@code exact}: line by line, ignoring trailing blanks
 * on a line and trailing empty lines. {@code numeric}: token by token, where two numbers match when they
 * differ by at most the tolerance absolutely or relatively, and inf or nan match only the same in the reference.
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
            if (!numbersMatch(et[i], at[i])) return false;
        }
        return true;
    }

    /**
     * Two tokens that are both numbers and agree within the tolerance. A value that is not finite (inf, nan, or a
     * literal too large for a double, which parses to infinity) matches only the same kind of value in the reference:
     * {@code |x − ∞| ≤ tolerance·∞} holds for every x, so without this a program printing "inf" everywhere would pass.
     */
    boolean numbersMatch(String expectedToken, String actualToken) {
        Double x = number(expectedToken);
        Double y = number(actualToken);
        if (x == null || y == null) return false;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return x.isNaN() ? y.isNaN() : x.equals(y);
        }
        double diff = Math.abs(x - y);
        return diff <= tolerance || diff <= tolerance * Math.max(Math.abs(x), Math.abs(y));
    }

    /** Decimal numbers as programs print them (no Java-only forms such as "1d" or hex), inf and nan in any case. */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final java.util.regex.Pattern SPECIAL =
            java.util.regex.Pattern.compile("[+-]?(inf|infinity|nan)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static Double number(String token) {
        if (SPECIAL.matcher(token).matches()) {
            String t = token.toLowerCase(java.util.Locale.ROOT);
            if (t.endsWith("nan")) return Double.NaN;
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!DECIMAL.matcher(token).matches()) return null;
        return Double.parseDouble(token);
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
