package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.measure.Speedup;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub workflow commands for what needs attention: {@code ::error} on a regressed (or broken) benchmark when the
 * gate fails the job, {@code ::warning} otherwise and for inconclusive ones. Printed to stdout, where the runner
 * reads them.
 */
final class Annotations {
    private Annotations() {
    }

    static List<String> of(PrResult r, boolean failOnRegression) {
        List<String> out = new ArrayList<>();
        String level = failOnRegression ? "error" : "warning";
        for (BenchResult b : r.benchmarks()) {
            if (b.regressed()) {
                String what = b.speedup().map(s -> "is " + Speedup.times(1 / s.ratio()) + " slower than the base: speedup " + s).orElse("regressed");
                out.add(command(level, "perfagent: regression in " + b.name(), b.name() + " " + what + " (" + b.reason() + ")"));
            } else if (b.failsGate()) {
                out.add(command(level, "perfagent: benchmark fails on the head", b.name() + ": " + b.reason()));
            } else if (b.inconclusive().isPresent()) {
                out.add(command("warning", "perfagent: inconclusive", b.name() + ": " + b.inconclusive().get()));
            }
        }
        return out;
    }

    /** {@code ::level title=T::message}, escaped as the runner expects (%, CR, LF; and : , in properties). */
    static String command(String level, String title, String message) {
        return "::" + level + " title=" + escapeProperty(title) + "::" + escapeData(message);
    }

    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
