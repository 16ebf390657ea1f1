package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.Speedup;

import java.util.Locale;

/**
 * The PR comment (also the job summary): a headline, the table of benchmarks with medians, speedup (base time / head
 * time: below 1× the head is slower) with its interval and verdict, how each was measured, then the suggestions.
 * Starts with the hidden marker the comment is found by on the next push.
 */
final class PrMarkdown {
    private PrMarkdown() {
    }

    static String render(PrResult r) {
        StringBuilder b = new StringBuilder(PrComment.MARKER).append('\n');
        b.append("## perfagent: ").append(headline(r)).append("\n\n");
        b.append("Base `").append(PrResult.shortSha(r.base())).append("` → head `").append(PrResult.shortSha(r.head()))
                .append("` · threshold ").append(Speedup.times(r.threshold())).append(" · build: ").append(r.build()).append("\n\n");
        b.append("| benchmark | base median | head median | speedup (95% CI) | verdict |\n");
        b.append("|---|---:|---:|---|---|\n");
        for (BenchResult x : r.benchmarks()) {
            b.append("| `").append(cell(x.name())).append("` | ").append(or(x.baseMedian())).append(" | ").append(or(x.headMedian()))
                    .append(" | ").append(x.speedup().map(Speedup::toString).orElse("—")).append(" | ")
                    .append(icon(x)).append(' ').append(x.label()).append(" |\n");
        }
        b.append("\nSpeedup is base time ÷ head time: above 1× the head is faster, below 1× slower. A verdict needs the whole ")
                .append("95% interval past the threshold; otherwise the change is NEUTRAL, or inconclusive when the interval ")
                .append("is too wide to rule a real change out.\n\n");
        b.append("<details><summary>How each benchmark was measured</summary>\n\n");
        for (BenchResult x : r.benchmarks()) {
            b.append("- `").append(cell(x.name())).append("`: ");
            if (x.measurement().isPresent()) {
                Measurement m = x.measurement().get();
                b.append(m.describe()).append("; ").append(x.reason()).append("; stopped: ").append(m.stopReason());
            } else {
                b.append(x.reason());
            }
            x.inconclusive().ifPresent(why -> b.append(". **Inconclusive**: ").append(why));
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "%nBase and head ran interleaved in randomized ABBA blocks after a warm-up, in the sandbox (%s).%n",
                r.sandbox()));
        b.append("\n</details>\n");
        r.suggestions().ifPresent(f -> suggestions(b, f));
        return b.toString();
    }

    private static void suggestions(StringBuilder b, Suggester.Found f) {
        b.append("\n### Suggestions\n\n");
        if (f.suggestions().isEmpty()) {
            b.append("No verified improvement of the changed code was found. Only candidates the evaluator measured faster ")
                    .append("(IMPROVED) and that pass the tests are suggested.\n\n");
        }
        for (Suggestion s : f.suggestions()) b.append(s.markdown());
        if (!f.notSuggested().isEmpty()) {
            b.append("<details><summary>Changed code without a suggestion</summary>\n\n");
            for (String line : f.notSuggested()) b.append("- ").append(line).append('\n');
            b.append("\n</details>\n\n");
        }
        b.append("_Changed methods ").append(f.ranking()).append("; each suggestion was built, tested and measured against the head._\n");
    }

    static String headline(PrResult r) {
        long reg = r.regressions();
        long failed = r.benchmarks().stream().filter(x -> x.verdict() == Verdict.CRASHED || x.verdict() == Verdict.TIMEOUT).count();
        long improved = r.benchmarks().stream().filter(x -> x.verdict() == Verdict.IMPROVED).count();
        long inconclusive = r.benchmarks().stream().filter(x -> x.inconclusive().isPresent()).count();
        int n = r.benchmarks().size();
        StringBuilder h = new StringBuilder();
        if (reg > 0) h.append(reg).append(reg == 1 ? " regression" : " regressions");
        if (failed > 0) h.append(h.isEmpty() ? "" : ", ").append(failed).append(" failing on the head");
        if (improved > 0) h.append(h.isEmpty() ? "" : ", ").append(improved).append(" improved");
        if (inconclusive > 0) h.append(h.isEmpty() ? "" : ", ").append(inconclusive).append(" inconclusive");
        if (h.isEmpty()) h.append("no significant change");
        return h.append(" in ").append(n).append(n == 1 ? " benchmark" : " benchmarks").toString();
    }

    private static String icon(BenchResult x) {
        if (x.inconclusive().isPresent()) return "❔";
        return switch (x.verdict()) {
            case REGRESSED, CRASHED, TIMEOUT -> "❌";
            case IMPROVED -> "✅";
            default -> "➖";
        };
    }

    private static String or(String s) {
        return s.isEmpty() ? "—" : s;
    }

    /** Table cells cannot hold a pipe or a newline. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ").replace("`", "'");
    }
}
