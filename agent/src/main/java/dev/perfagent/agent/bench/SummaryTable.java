package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.metrics.SuiteMetrics;
import dev.perfagent.evaluators.metrics.SuiteSummary;

import dev.perfagent.evaluators.metrics.TaskScore;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The scores as a table for the terminal, each line naming the paper its definition comes from. */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String render(BenchConfig config, SuiteSummary s) {
        StringBuilder out = new StringBuilder();
        out.append("suite ").append(config.suiteName()).append(" (").append(config.suiteIdentity()).append("), loader ").append(config.loader())
                .append(", model ").append(config.model()).append(", strategy ").append(config.strategy())
                .append(", K=").append(config.attempts()).append('\n');
        out.append(String.format(Locale.ROOT, "tasks %d: ran %d, skipped %d, errors %d, no attempt %d (every share is over all %d tasks;"
                        + " a task that did not run counts as not optimized, speedup 1.0)%n",
                s.tasks(), s.ran(), s.skipped(), s.errors(), s.missing(), s.tasks()));
        row(out, "correctness", pct(s.correctness()), "share with a correct candidate (PIE; = KernelBench fast_0)");
        row(out, "%OPT", pct(s.pctOpt()), "best correct candidate >= 1.10x, point estimate (PIE)");
        row(out, "SP", x(s.sp()), "mean of max(1, best correct speedup) (PIE speedup_best@k)");
        row(out, ">= 1.25x/1.5x/2x", Stream.of(1.25, 1.5, 2.0).map(level -> pct(s.pctAtLeast().get(level)))
                .collect(Collectors.joining(" / ")), "shares at higher speedups (PIE)");
        row(out, "verified faster", pct(s.verified()), "verdict IMPROVED: the 95% interval's lower bound cleared " + String.format(Locale.ROOT, "%.2fx", config.threshold()));
        row(out, "opt@1 / opt@" + s.attemptsPerTask(), pct(s.optAt1()) + " / " + pct(s.optAtK()), "GSO opt_commit (>= 1.2x over base, > 0.95x of the expert)");
        row(out, "opt_base@" + s.attemptsPerTask(), pct(s.optBaseAtK()), "GSO opt_base (>= 1.2x over base, verdict IMPROVED)");
        row(out, "fast_0/1/1.5/2", SuiteMetrics.FAST_P.stream().map(p -> pct(s.fastP().get(p))).collect(Collectors.joining(" / ")),
                "correct and speedup > p (KernelBench)");
        row(out, "geomean speedup", x(s.geomeanSpeedup()), "of the best correct speedup, tasks with one");
        row(out, "tokens/task", num(s.tokensInPerTask()) + " in / " + num(s.tokensOutPerTask()) + " out", "");
        row(out, "cost/task", usd(s.costPerTask()), "");
        row(out, "cost-of-pass", usd(s.costOfPass()), "money per task verified faster");
        return out.toString();
    }

    /** One line per task that did not run, with the reason: they are in the denominators as not optimized. */
    public static void notRun(java.io.PrintWriter out, List<TaskScore> scores) {
        for (TaskScore t : scores) {
            if (!t.ran()) out.println("  not run: " + t.taskId() + ": " + t.reason());
        }
    }

    private static void row(StringBuilder out, String name, String value, String note) {
        out.append(String.format(Locale.ROOT, "  %-18s %-24s %s", name, value, note).stripTrailing()).append('\n');
    }

    static String pct(Double v) {
        return v == null || v.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String x(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3fx", v);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String usd(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "$%.4f", v);
    }
}
