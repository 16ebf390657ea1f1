package dev.perfagent.agent.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a run's reports into its folder: {@code summary.json}, {@code best.patch}, {@code report.md} and a
 * self-contained {@code report.html} (a chart of the speedup per candidate, the best candidate's diff).
 */
public final class RunReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReport() {
    }

    public static void write(Path runDir, RunSummary s) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve("summary.json"), JSON.writeValueAsString(s.toJson()) + "\n", StandardCharsets.UTF_8);
            Files.writeString(runDir.resolve("best.patch"), s.bestPatch(), StandardCharsets.UTF_8);
            Files.writeString(runDir.resolve("report.md"), markdown(s), StandardCharsets.UTF_8);
            Files.writeString(runDir.resolve("report.html"), HtmlReport.render(s, threshold(runDir)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports in " + runDir, e);
        }
    }

    /** The run's IMPROVED threshold, from the settings its trajectory starts with; empty for a run without one. */
    static java.util.Optional<Double> threshold(Path runDir) {
        Path trajectory = runDir.resolve("trajectory.jsonl");
        if (!Files.isRegularFile(trajectory)) return java.util.Optional.empty();
        try (var lines = Files.lines(trajectory)) {
            return lines.findFirst().map(l -> {
                try {
                    return JSON.readTree(l).path("settings").path("threshold");
                } catch (IOException e) {
                    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                }
            }).filter(n -> n.isNumber()).map(n -> n.asDouble());
        } catch (IOException | UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The one line a terminal user reads first. */
    public static String headline(RunSummary s) {
        if (s.best().isPresent()) {
            Attempt b = s.best().get();
            return "best: " + b.id() + " (" + b.summary() + ") " + b.describe() + clock(b.outcome())
                    + s.confirmation().map(c -> "; " + c.describe() + clock(Optional.of(c.outcome()))).orElse("");
        }
        return s.confirmation()
                .map(c -> "no confirmed improvement in " + s.candidates() + " candidate(s): the best screened, " + c.candidateId()
                        + " (" + s.attempts().stream().filter(a -> a.id().equals(c.candidateId())).findFirst().map(Attempt::describe).orElse("?")
                        + "), was " + c.describe())
                .orElse("no verified improvement in " + s.candidates() + " candidate(s)");
    }

    public static String markdown(RunSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("# perfagent run ").append(s.runId()).append("\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| task | `").append(s.taskId()).append("` |\n");
        b.append("| model | `").append(s.model()).append("` |\n");
        b.append("| strategy | ").append(s.strategy()).append(" |\n");
        b.append("| stopped | ").append(s.stopReason()).append(" |\n");
        b.append(String.format(Locale.ROOT, "| spent | %d round(s), %d candidate(s), %,d tokens in / %,d out, $%.4f, %.1f s |%n",
                s.rounds(), s.candidates(), s.tokensIn(), s.tokensOut(), s.cost(), s.wallSeconds()));
        b.append("| result | **").append(headline(s)).append("** |\n\n");
        b.append("Speedups are ratios of median times against the original with their 95% confidence interval; IMPROVED means the"
                + " interval's lower bound cleared the threshold. The best of them is then measured again, independently"
                + " (fresh build, fresh seed, 98% interval), and is the result only if that confirms it. \"Over parent\" is derived"
                + " from the candidate's and its parent's measurements against the original.\n\n");
        b.append("The clock column says which time decided: CPU time of the process tree where it can be counted finely and"
                + " the program neither runs threads in parallel nor waits, else wall time; the wall-time ratio is given beside a"
                + " CPU-time verdict.\n\n");
        b.append("## Candidates\n\n| # | round | lineage | parent | proposer | change | verdict | clock | over parent |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Attempt a : s.attempts()) {
            b.append("| ").append(a.id()).append(" | ").append(a.round()).append(" | ").append(a.lineage()).append(" | ")
                    .append(a.parentId()).append(" | ").append(a.proposer()).append(" | ").append(cell(a.summary()))
                    .append(" | ").append(a.describe()).append(a.problem().map(p -> ": " + cell(firstLine(p))).orElse(""))
                    .append(s.confirmation().filter(c -> c.candidateId().equals(a.id())).map(c -> "; " + c.describe()).orElse(""))
                    .append(" | ").append(a.outcome().map(Outcome::clockNote).orElse(""))
                    .append(" | ").append(dev.perfagent.agent.loop.LineageCredit.of(a, s.attempts())
                            .map(c -> c.speedup() + " " + c.verdict()).orElse(""))
                    .append(" |\n");
        }
        if (!s.bestPatch().isEmpty()) {
            b.append("\n## Best candidate's patch\n\nApply it in the task's source folder with `git apply best.patch`.\n\n```diff\n")
                    .append(s.bestPatch()).append("```\n");
        }
        return b.toString();
    }

    /** " (CPU time; wall 1.79×)" or " (wall time)" for a timed outcome, "" otherwise. */
    private static String clock(Optional<Outcome> o) {
        String note = o.map(Outcome::clockNote).orElse("");
        return note.isEmpty() ? "" : " (" + note + ")";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }
}
