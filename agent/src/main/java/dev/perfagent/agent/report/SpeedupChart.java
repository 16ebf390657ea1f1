package dev.perfagent.agent.report;

import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Outcome;
import dev.perfagent.evaluators.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The speedup of every candidate as an inline SVG that reads without hovering: a labelled y axis (speedup over the
 * original, ×) with ticks, an x axis of candidates in the order tried, the 1× line and the IMPROVED threshold, each
 * timed candidate as its median with its 95% interval and the value written beside it, and each candidate that never
 * got timed (INCORRECT, BUILD_FAILED, an unreadable reply, …) as a cross on the axis with its verdict written under it.
 */
final class SpeedupChart {
    private static final int W = 760;
    private static final int H = 340;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 90;
    private static final String GREEN = "#1a7f37";
    private static final String RED = "#cf222e";
    private static final String GREY = "#57606a";

    private SpeedupChart() {
    }

    static String svg(List<Attempt> attempts, Optional<Double> threshold) {
        if (attempts.isEmpty()) return "<p>No candidate was proposed.</p>";
        double top = Math.max(1.2, threshold.orElse(1.0) * 1.1);
        for (Attempt a : attempts) {
            Optional<Outcome> o = a.outcome().filter(x -> x.speedup().isPresent());
            if (o.isPresent()) top = Math.max(top, Math.min(Math.max(o.get().high().orElse(1.0), o.get().speedup().get()), 50));
        }
        return draw(attempts, threshold, niceCeiling(top * 1.08));
    }

    private static String draw(List<Attempt> attempts, Optional<Double> threshold, double top) {
        double step = (W - LEFT - RIGHT) / (double) attempts.size();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-label=\"speedup of each candidate over the original\" font-family=\"system-ui,sans-serif\">", W, H, W, H));
        // axes
        b.append(line(LEFT, TOP, LEFT, H - BOTTOM, "#333", "")).append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "#333", ""));
        double tick = tickStep(top);
        for (double t = 0; t <= top + 1e-9; t += tick) {
            double y = y(t, top);
            b.append(line(LEFT - 4, y, LEFT, y, "#333", "")).append(line(LEFT, y, W - RIGHT, y, "#eee", ""));
            b.append(text(LEFT - 8, y + 4, "end", 11, "#333", fmt(t) + "×"));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">"
                + "speedup over the original (×)</text>", (TOP + H - BOTTOM) / 2, (TOP + H - BOTTOM) / 2));
        b.append(text(LEFT, TOP - 12, "start", 11, "#555", "dot: median speedup; bar: its 95% interval; ✕: not timed (verdict below)"));
        b.append(text((LEFT + W - RIGHT) / 2.0, H - 12, "middle", 12, "#333", "candidate, in the order tried"));
        // reference lines: no change, and the threshold a candidate's lower bound must clear
        b.append(line(LEFT, y(1, top), W - RIGHT, y(1, top), "#888", "4 3"))
                .append(text(LEFT + 4, y(1, top) + 12, "start", 10, "#555", "1× (no change)"));
        threshold.filter(t -> t > 1).ifPresent(t -> b.append(line(LEFT, y(t, top), W - RIGHT, y(t, top), GREEN, "6 3"))
                .append(text(W - RIGHT - 2, y(t, top) - 4, "end", 10, GREEN, "threshold " + fmt2(t) + "× (IMPROVED above)")));
        for (Attempt a : attempts) {
            double x = LEFT + step * (a.index() - 0.5);
            Optional<Outcome> timed = a.outcome().filter(o -> o.speedup().isPresent());
            if (timed.isPresent()) {
                Outcome o = timed.get();
                String color = o.improved() ? GREEN : o.verdict() == Verdict.REGRESSED ? RED : GREY;
                double hi = Math.min(o.high().orElse(top), top);
                b.append(line(x, y(hi, top), x, y(o.low().orElse(0.0), top), color, "", 2));
                b.append(line(x - 5, y(hi, top), x + 5, y(hi, top), color, "", 2)).append(line(x - 5, y(o.low().orElse(0.0), top), x + 5, y(o.low().orElse(0.0), top), color, "", 2));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"><title>%s: %s</title></circle>",
                        x, y(Math.min(o.speedup().get(), top), top), color, a.id(), esc(o.describe())));
                b.append(text(x + 8, y(Math.min(o.speedup().get(), top), top) + 4, "start", 11, color, fmt2(o.speedup().get()) + "×"));
                b.append(text(x, H - BOTTOM + 30, "middle", 9, color, o.verdict().name()));
            } else {
                String verdict = a.outcome().map(o -> o.verdict().name()).orElse("UNPARSED");
                double yb = H - BOTTOM;
                b.append(line(x - 5, yb - 5, x + 5, yb + 5, RED, "", 2)).append(line(x - 5, yb + 5, x + 5, yb - 5, RED, "", 2));
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" fill=\"%s\" text-anchor=\"end\" "
                        + "transform=\"rotate(-35 %.1f %.1f)\">%s</text>", x, yb + 30, RED, x, yb + 30, verdict));
            }
            b.append(text(x, H - BOTTOM + 16, "middle", 10, "#333", a.id()));
        }
        return b.append("</svg>").toString();
    }

    static double y(double speedup, double top) {
        return TOP + (H - TOP - BOTTOM) * (1 - Math.max(0, Math.min(speedup, top)) / top);
    }

    /** A round ceiling for the axis: 1.2, 1.5, 2, 3, 5, 10, 20, 50 (×). */
    static double niceCeiling(double v) {
        for (double n : new double[]{1.2, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10, 15, 20, 30, 50, 75}) if (v <= n) return n;
        return Math.ceil(v / 25) * 25;
    }

    static double tickStep(double top) {
        return top <= 1.5 ? 0.25 : top <= 3 ? 0.5 : top <= 5 ? 1 : top <= 10 ? 2 : top <= 20 ? 5 : top <= 50 ? 10 : 25;
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String dash) {
        return line(x1, y1, x2, y2, color, dash, 1);
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String dash, int width) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"%s/>",
                x1, y1, x2, y2, color, width, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String anchor, int size, String color, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" text-anchor=\"%s\">%s</text>",
                x, y, size, color, anchor, esc(s));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String esc(String s) {
        return HtmlReport.esc(s);
    }
}
