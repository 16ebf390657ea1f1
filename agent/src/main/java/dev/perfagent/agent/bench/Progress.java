package dev.perfagent.agent.bench;

import dev.perfagent.agent.status.StatusLine;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One stderr line per finished attempt: how far, an ETA from this run's pace, and the running count of verdicts.
 * Plain lines rather than a redrawn bar, so that CI logs and files read the same as a terminal.
 */
public final class Progress {
    private final PrintWriter err;
    private final int total;
    private final int resumed;
    private final long startNanos = System.nanoTime();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int doneThisRun;

    /**
     * @param total   attempts in this run's slice, finished or not
     * @param resumed how many of them a previous run already finished
     * @param stored  the categories of the attempts already finished, counted from the start
     */
    public Progress(PrintWriter err, int total, int resumed, Iterable<String> stored) {
        this.err = err;
        this.total = total;
        this.resumed = resumed;
        stored.forEach(c -> counts.merge(c, 1, Integer::sum));
    }

    public synchronized void finished(AttemptResult a) {
        doneThisRun++;
        counts.merge(a.category(), 1, Integer::sum);
        int done = resumed + doneThisRun;
        int remaining = total - done;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        Duration eta = Duration.ofMillis(elapsed.toMillis() * remaining / Math.max(1, doneThisRun));
        String tally = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
        String speed = a.speedup().isPresent() ? String.format(java.util.Locale.ROOT, " %.2f×", a.speedup().getAsDouble()) : "";
        err.printf("bench [%d/%d] %3d%% ETA %s | %s | %s#%d %s%s%n", done, total, total == 0 ? 100 : 100 * done / total,
                remaining == 0 ? "0s" : human(eta), tally, a.taskId(), a.attempt(), a.category(), speed);
        err.flush();
        StatusLine status = StatusLine.of(err);
        status.steps(doneThisRun, total - resumed);
        status.show(remaining == 0 ? "" : "bench: " + done + " of " + total + " attempt(s) done");
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }
}
