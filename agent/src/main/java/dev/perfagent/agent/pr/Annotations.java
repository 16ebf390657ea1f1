package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.measure.Speedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * GitHub workflow commands for what needs attention: {@code ::error} on a regressed (or broken) benchmark when the
 * gate fails the job, {@code ::warning} otherwise and for inconclusive ones, {@code ::notice} on each verified
 * suggestion. Printed to stdout, where the runner reads them. Each carries the file and lines it is about, so GitHub
 * shows it on the diff: a suggestion's replaced lines; for a regression, the changed method the head's profile
 * ranked hottest, else the changed method with the most changed lines (a benchmark's regression cannot be pinned
 * to a line without a profile; the message says which rule placed it).
 */
final class Annotations {
    private Annotations() {
    }

    static List<String> of(PrResult r, boolean failOnRegression) {
        List<String> out = new ArrayList<>();
        String level = failOnRegression ? "error" : "warning";
        Optional<ChangedCode> suspect = r.changed().stream().max(Comparator.comparingInt(ChangedCode::changedLines));
        String where = suspect.map(c -> "; marked on " + c.name() + ", the changed method with the most changed lines").orElse("");
        for (BenchResult b : r.benchmarks()) {
            if (b.regressed()) {
                String what = b.speedup().map(s -> "is " + Speedup.times(1 / s.ratio()) + " slower than the base: speedup " + s).orElse("regressed");
                out.add(command(level, suspect.map(Annotations::location).orElse(""), "perfagent: regression in " + b.name(),
                        b.name() + " " + what + " (" + b.reason() + ")" + where));
            } else if (b.failsGate()) {
                out.add(command(level, suspect.map(Annotations::location).orElse(""), "perfagent: benchmark fails on the head",
                        b.name() + ": " + b.reason()));
            } else if (b.inconclusive().isPresent()) {
                out.add(command("warning", "", "perfagent: inconclusive", b.name() + ": " + b.inconclusive().get()));
            }
        }
        r.suggestions().ifPresent(f -> f.suggestions().forEach(s -> out.add(command("notice",
                "file=" + escapeProperty(s.target().path()) + ",line=" + s.replaced().map(LineRange::first).orElse(s.target().lines().first())
                        + ",endLine=" + s.replaced().map(LineRange::last).orElse(s.target().lines().last()),
                "perfagent: faster " + s.target().name() + " verified", s.target().name() + ": " + s.outcome()
                        + (s.summary().isBlank() ? "" : " — " + s.summary().strip()) + " (the suggestion is in the perfagent comment)"))));
        return out;
    }

    private static String location(ChangedCode c) {
        return "file=" + escapeProperty(c.path()) + ",line=" + c.lines().first() + ",endLine=" + c.lines().last();
    }

    /** {@code ::level title=T::message}, escaped as the runner expects (%, CR, LF; and : , in properties). */
    static String command(String level, String title, String message) {
        return command(level, "", title, message);
    }

    /** As {@link #command(String, String, String)}, placed on {@code location} ("file=F,line=L,endLine=E") when not empty. */
    static String command(String level, String location, String title, String message) {
        return "::" + level + " " + (location.isEmpty() ? "" : location + ",") + "title=" + escapeProperty(title) + "::" + escapeData(message);
    }

    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
