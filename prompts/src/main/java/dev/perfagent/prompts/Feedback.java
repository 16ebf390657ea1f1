package dev.perfagent.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text a model is shown about its earlier work: concrete and short. Compiler output is cut to its first lines
 * (the first error is the one that matters; the rest often follow from it), a wrong output is shown as the first line
 * that differs, a speedup with its interval and verdict, a profile as its few hottest frames. Pure formatting of
 * plain values, so prompts need nothing from the evaluators.
 */
public final class Feedback {
    private Feedback() {
    }

    public static final int MAX_CHARS = 4000;
    public static final int COMPILER_LINES = 25;
    public static final int COMPILER_CHARS = 2000;
    public static final int EXCERPT_CHARS = 200;

    /** What happened to the last candidate, at most {@link #MAX_CHARS} characters. */
    public static String of(CandidateResult r) {
        StringBuilder b = new StringBuilder();
        switch (r.verdict()) {
            case "BUILD_FAILED" -> b.append("It did not compile (BUILD_FAILED). The compiler said:\n")
                    .append(indent(compilerErrors(r.detail())));
            case "INCORRECT" -> {
                b.append("Its output was wrong (INCORRECT)");
                r.failingCase().ifPresentOrElse(c -> b.append(": ").append(failingCase(c)), () -> b.append('.'));
                if (!r.detail().isBlank()) b.append('\n').append(Trim.head(r.detail(), 5, 500));
            }
            default -> {
                if (r.speedup().isPresent()) {
                    b.append("Measured against the original program: ").append(measured(r.speedup().get(), r.verdict())).append('.');
                } else {
                    b.append("Verdict ").append(r.verdict());
                    if (!r.detail().isBlank()) b.append(": ").append(Trim.head(r.detail(), 10, 800));
                    else b.append('.');
                }
            }
        }
        return Trim.total(b.toString(), MAX_CHARS);
    }

    /** Compiler output cut to {@link #COMPILER_LINES} lines and {@link #COMPILER_CHARS} characters. */
    public static String compilerErrors(String output) {
        return compilerErrors(output, COMPILER_LINES, COMPILER_CHARS);
    }

    public static String compilerErrors(String output, int maxLines, int maxChars) {
        return Trim.head(output, maxLines, maxChars);
    }

    /** "on tests/x.in, line 3 of the output differs: expected `…`, got `…`", plus the input when it is short. */
    public static String failingCase(FailingCase c) {
        String[] expected = lines(c.expected());
        String[] actual = lines(c.actual());
        int n = 0;
        while (n < expected.length && n < actual.length && expected[n].equals(actual[n])) n++;
        StringBuilder b = new StringBuilder("on input ").append(c.name());
        if (n == expected.length && n == actual.length) {
            b.append(", the output differs only in whitespace or line endings");
        } else {
            b.append(", line ").append(n + 1).append(" of the output differs:\n");
            b.append("  expected: ").append(n < expected.length ? quote(expected[n]) : "(end of output)").append('\n');
            b.append("  actual:   ").append(n < actual.length ? quote(actual[n]) : "(end of output)");
            if (expected.length != actual.length) {
                b.append("\n  (expected ").append(expected.length).append(" lines, got ").append(actual.length).append(')');
            }
        }
        String input = c.input() == null ? "" : c.input().strip();
        if (!input.isEmpty() && input.length() <= 300 && input.lines().count() <= 8) {
            b.append("\n  input:\n").append(indent(indent(input)));
        }
        return b.toString();
    }

    /** "1.34× [1.21×, 1.48×]". */
    public static String speedup(Speedup s) {
        return times(s.ratio()) + " [" + times(s.low()) + ", " + times(s.high()) + "]";
    }

    /** "1.34× [1.21×, 1.48×], IMPROVED". */
    public static String measured(Speedup s, String verdict) {
        return speedup(s) + ", " + verdict;
    }

    /** The {@code top} hottest frames by self time, as a small table. */
    public static String hotFrames(List<HotFrame> frames, int top) {
        if (frames.isEmpty()) return "";
        List<HotFrame> sorted = new ArrayList<>(frames);
        sorted.sort((a, b) -> Double.compare(b.selfPercent(), a.selfPercent()));
        StringBuilder b = new StringBuilder("  self  total  frame\n");
        for (HotFrame f : sorted.subList(0, Math.min(top, sorted.size()))) {
            b.append(String.format(Locale.ROOT, "%5.1f%% %5.1f%%  %s%n", f.selfPercent(), f.totalPercent(),
                    Trim.line(f.frame(), EXCERPT_CHARS)));
        }
        return b.toString().stripTrailing();
    }

    /** One line an attempt, the most recent {@code max}, oldest first. */
    public static String attempts(List<AttemptSummary> attempts, int max) {
        if (attempts.isEmpty()) return "";
        List<AttemptSummary> shown = attempts.subList(Math.max(0, attempts.size() - max), attempts.size());
        StringBuilder b = new StringBuilder();
        if (shown.size() < attempts.size()) b.append("(").append(attempts.size() - shown.size()).append(" earlier attempts not shown)\n");
        for (AttemptSummary a : shown) {
            b.append("round ").append(a.round()).append(", cand ").append(a.candidate()).append(": ")
                    .append(Trim.line(a.change().isBlank() ? "(no description)" : a.change().strip(), 120))
                    .append(" → ").append(a.verdict());
            a.speedup().ifPresent(s -> b.append(' ').append(speedup(s)));
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** "rounds 3 of 5, tokens 12,000 of 50,000, $0.12 of $1.00" (what is left of each limit). */
    public static String budget(BudgetLeft left) {
        List<String> parts = new ArrayList<>();
        if (left.rounds() > 0) parts.add("rounds " + left.roundsLeft() + " of " + left.rounds());
        if (left.tokens() > 0) {
            parts.add(String.format(Locale.ROOT, "tokens %,d of %,d", left.tokensLeft(), left.tokens()));
        }
        if (left.dollars() > 0) {
            parts.add(String.format(Locale.ROOT, "$%.2f of $%.2f", left.dollarsLeft(), left.dollars()));
        }
        return parts.isEmpty() ? "no limit" : String.join(", ", parts);
    }

    private static String times(double x) {
        return String.format(Locale.ROOT, "%.2f×", x);
    }

    private static String quote(String line) {
        return "`" + Trim.line(line, EXCERPT_CHARS) + "`";
    }

    private static String[] lines(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n");
        if (t.endsWith("\n")) t = t.substring(0, t.length() - 1);
        return t.isEmpty() ? new String[0] : t.split("\n", -1);
    }

    private static String indent(String text) {
        return text.isEmpty() ? "" : "  " + text.replace("\n", "\n  ");
    }
}
