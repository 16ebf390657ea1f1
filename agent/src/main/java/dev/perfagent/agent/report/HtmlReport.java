package dev.perfagent.agent.report;

import dev.perfagent.agent.loop.Attempt;

import java.util.Locale;
import java.util.Optional;

/**
 * report.html: one self-contained page (inline SVG and CSS, no scripts or fetched assets) so it opens anywhere,
 * from a CI artifact or an air-gapped machine.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(RunSummary s) {
        return render(s, Optional.empty());
    }

    /** @param threshold the run's IMPROVED threshold, drawn on the chart when known */
    static String render(RunSummary s, Optional<Double> threshold) {
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
        b.append("<h2>Speedup per candidate</h2>").append(SpeedupChart.svg(s.attempts(), threshold));
        b.append("<h2>Candidates</h2><table><tr><th>#</th><th>round</th><th>parent</th><th>change</th><th>verdict</th><th>why</th></tr>");
        for (Attempt a : s.attempts()) {
            String v = a.outcome().map(o -> o.verdict().name()).orElse("UNPARSED");
            b.append("<tr><td>").append(a.id()).append("</td><td>").append(a.round()).append("</td><td>").append(esc(a.parentId()))
                    .append("</td><td>").append(esc(a.summary())).append("</td><td class=\"").append(v).append("\">")
                    .append(esc(a.describe())).append("</td><td>")
                    .append(esc(a.problem().orElseGet(() -> a.outcome().map(o -> o.reason()).orElse("")))).append("</td></tr>");
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

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
