package dev.perfagent.agent.report;

import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Outcome;

import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained page (inline SVG and CSS, no scripts or fetched assets) so it opens anywhere,
 * from a CI artifact or an air-gapped machine.
 */
final class HtmlReport {
    private static final int W = 720;
    private static final int H = 260;
    private static final int PAD = 40;

    private HtmlReport() {
    }

    static String render(RunSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>perfagent ").append(esc(s.runId())).append("</title>")
                .append("<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:900px}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}pre{background:#f6f8fa;padding:1em;overflow:auto}"
                        + ".add{color:#116329}.del{color:#82071e}.IMPROVED{color:#116329;font-weight:bold}</style></head><body>");
        b.append("<h1>perfagent run ").append(esc(s.runId())).append("</h1>");
        b.append("<p>task <code>").append(esc(s.taskId())).append("</code>, model <code>").append(esc(s.model()))
                .append("</code>, strategy ").append(esc(s.strategy())).append("<br>stopped: ").append(esc(s.stopReason()))
                .append(String.format(Locale.ROOT, "<br>spent %d round(s), %d candidate(s), %,d tokens, $%.4f, %.1f s",
                        s.rounds(), s.candidates(), s.tokensIn() + s.tokensOut(), s.cost(), s.wallSeconds()))
                .append("</p><p><b>").append(esc(RunReport.headline(s))).append("</b></p>");
        b.append("<h2>Speedup per candidate</h2>").append(chart(s.attempts()));
        b.append("<h2>Candidates</h2><table><tr><th>#</th><th>round</th><th>parent</th><th>change</th><th>verdict</th></tr>");
        for (Attempt a : s.attempts()) {
            String v = a.outcome().map(o -> o.verdict().name()).orElse("UNPARSED");
            b.append("<tr><td>").append(a.id()).append("</td><td>").append(a.round()).append("</td><td>").append(esc(a.parentId()))
                    .append("</td><td>").append(esc(a.summary())).append("</td><td class=\"").append(v).append("\">")
                    .append(esc(a.describe())).append("</td></tr>");
        }
        b.append("</table>");
        if (!s.bestPatch().isEmpty()) {
            b.append("<h2>Best candidate's diff</h2><pre>");
            for (String line : s.bestPatch().split("\n")) {
                String cls = line.startsWith("+") && !line.startsWith("+++") ? "add" : line.startsWith("-") && !line.startsWith("---") ? "del" : "";
                b.append(cls.isEmpty() ? esc(line) : "<span class=\"" + cls + "\">" + esc(line) + "</span>").append('\n');
            }
            b.append("</pre>");
        }
        return b.append("</body></html>\n").toString();
    }

    /** Speedup (with its interval as a bar) of every measured candidate, in order; the 1× line for reference. */
    static String chart(List<Attempt> attempts) {
        List<Attempt> measured = attempts.stream().filter(a -> a.outcome().flatMap(Outcome::speedup).isPresent()).toList();
        if (measured.isEmpty()) return "<p>No candidate got as far as being timed.</p>";
        double top = 1.2;
        for (Attempt a : measured) top = Math.max(top, Math.min(a.outcome().get().high().orElse(1.0), 50));
        top *= 1.1;
        double step = (W - 2.0 * PAD) / Math.max(1, attempts.size());
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"speedup per candidate\">", W, H));
        double one = y(1.0, top);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4\"/>", PAD, one, W - PAD, one));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%.1f\" font-size=\"11\">1×</text>", one + 4));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\">%.1f×</text>", PAD - 6, top));
        for (Attempt a : measured) {
            Outcome o = a.outcome().get();
            double x = PAD + step * (a.index() - 0.5);
            String color = o.improved() ? "#1a7f37" : o.verdict().name().equals("REGRESSED") ? "#cf222e" : "#57606a";
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>",
                    x, y(Math.min(o.high().orElse(top), top), top), x, y(o.low().orElse(0.0), top), color));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s: %s</title></circle>",
                    x, y(o.speedup().get(), top), color, a.id(), esc(o.describe())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x, H - 8, a.id()));
        }
        return svg.append("</svg>").toString();
    }

    private static double y(double speedup, double top) {
        return PAD + (H - 2.0 * PAD) * (1 - Math.max(0, speedup) / top);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
