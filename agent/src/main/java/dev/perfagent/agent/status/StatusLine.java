package dev.perfagent.agent.status;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a long command is doing right now, on one line of the terminal that is rewritten in place ({@code \r}):
 * "[1:12 · ETA ~4 min] c3: measuring, run 14 of at most 60, 1.21× [1.10×, 1.33×] so far". Ordinary progress lines
 * still scroll above it: they are written through {@link #lines()}, which clears the status line, writes the line and
 * draws the status again.
 *
 * <p>Where standard error is not a terminal (a pipe, a CI log, a test) nothing is rewritten: a status that changes is
 * written as a plain line, and only when nothing else was written for {@link #QUIET_GAP}, so a log shows that a
 * long step is still going without a line per timed run.
 *
 * <p>Code that only has the progress writer finds the status line with {@link #of(PrintWriter)}; a writer that is
 * not one of {@link #lines()}'s gets a status line that shows nothing.
 */
public final class StatusLine implements AutoCloseable {
    /** In a log, a changed status is written when nothing else was for this long. */
    public static final Duration QUIET_GAP = Duration.ofSeconds(10);

    private static final StatusLine NONE = new StatusLine(new PrintWriter(Writer.nullWriter()), Mode.OFF, 80, System::nanoTime);

    private enum Mode { LIVE, PLAIN, OFF }

    private final PrintWriter out;
    private final Mode mode;
    private final int width;
    private final LongSupplier nanos;
    private final long start;
    private final Lines lines;
    private String what = "";
    private int drawn;
    private long lastWrite;
    private int done;
    private int total;
    private Optional<Duration> limit = Optional.empty();
    private Thread ticker;

    StatusLine(PrintWriter out, Mode mode, int width, LongSupplier nanos) {
        this.out = out;
        this.mode = mode;
        this.width = Math.max(20, width);
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.lastWrite = start;
        this.lines = new Lines(this);
    }

    /**
     * The status line for {@code err}: live when standard error is a terminal ({@code System.console()} is there and
     * {@code TERM} is not {@code dumb}), plain lines otherwise; {@code COLUMNS} gives the width (80 without it).
     */
    public static StatusLine attach(PrintWriter err, Map<String, String> env) {
        boolean terminal = System.console() != null && stderrIsTerminal() && !"dumb".equals(env.getOrDefault("TERM", "dumb"));
        StatusLine s = new StatusLine(err, terminal ? Mode.LIVE : Mode.PLAIN, columns(env), System::nanoTime);
        if (terminal) s.startTicking();
        return s;
    }

    /**
     * {@code System.console()} looks at standard input and output only; with {@code 2> file} the rewrites would land in
     * the file. On Linux, standard error's descriptor names the terminal it is ({@code /dev/pts/N}, {@code /dev/ttyN});
     * where that cannot be read, trust the console check.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    /** For tests: a terminal ({@code live}) or a log of the given width, on a clock of the test's own. */
    static StatusLine forTest(PrintWriter out, boolean live, int width, LongSupplier nanos) {
        return new StatusLine(out, live ? Mode.LIVE : Mode.PLAIN, width, nanos);
    }

    /** The status line whose {@link #lines()} {@code w} is, or one that shows nothing. */
    public static StatusLine of(PrintWriter w) {
        return w instanceof Lines l ? l.status : NONE;
    }

    /** The writer for progress lines: each whole line goes above the status line. */
    public PrintWriter lines() {
        return lines;
    }

    /** What is happening now ("c3: building"); "" for nothing in particular. */
    public synchronized void show(String what) {
        String was = this.what;
        this.what = what == null ? "" : what.strip().replaceAll("\\s+", " ");
        switch (mode) {
            case LIVE -> {
                if (this.what.isEmpty()) erase();
                else draw();
                out.flush();
            }
            case PLAIN -> {
                long now = nanos.getAsLong();
                if (!this.what.isEmpty() && !this.what.equals(was) && now - lastWrite >= QUIET_GAP.toNanos()) {
                    out.println("… " + elapsedText(now) + " " + this.what + etaText(now));
                    out.flush();
                    lastWrite = now;
                }
            }
            case OFF -> {
            }
        }
    }

    /** {@code done} of {@code total} steps (rounds, benchmarks, tasks) are finished: the ETA follows their pace. */
    public synchronized void steps(int done, int total) {
        this.done = done;
        this.total = total;
    }

    /** The command stops by this much time after it started whatever is left (--time): the ETA is never beyond it. */
    public synchronized void limit(Duration limit) {
        this.limit = Optional.ofNullable(limit).filter(d -> !d.isZero() && !d.isNegative());
    }

    /** As {@link #limit}, counted from now (a measurement's budget, from when it starts). */
    public synchronized void limitFromNow(Duration left) {
        limit(Duration.ofNanos(nanos.getAsLong() - start).plus(left));
    }

    /**
     * The time left: the pace of the finished steps times the steps left, capped by the time limit; the limit alone
     * before a step has finished; empty when neither is known.
     */
    public synchronized Optional<Duration> eta() {
        return eta(nanos.getAsLong());
    }

    private Optional<Duration> eta(long now) {
        Duration elapsed = Duration.ofNanos(now - start);
        Optional<Duration> byLimit = limit.map(l -> l.minus(elapsed)).map(d -> d.isNegative() ? Duration.ZERO : d);
        Optional<Duration> byPace = done > 0 && total >= done
                ? Optional.of(elapsed.dividedBy(done).multipliedBy(total - done)) : Optional.empty();
        if (byPace.isPresent() && byLimit.isPresent()) return Optional.of(byPace.get().compareTo(byLimit.get()) < 0 ? byPace.get() : byLimit.get());
        return byPace.isPresent() ? byPace : byLimit;
    }

    /** The line as drawn now: "[m:ss · ETA ~x] what", cut to the width with "…". */
    synchronized String render() {
        long now = nanos.getAsLong();
        String text = "[" + elapsedText(now) + eta(now).map(d -> d.isZero() ? " · finishing" : " · ETA ~" + approx(d)).orElse("") + "] " + what;
        int max = width - 1; // the last column would wrap on some terminals
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Clears the status line (before the command's result is printed). */
    @Override
    public synchronized void close() {
        if (ticker != null) ticker.interrupt();
        what = "";
        if (mode == Mode.LIVE) erase();
        out.flush();
    }

    private void draw() {
        String text = render();
        out.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())) + "\r");
        drawn = text.length();
        out.flush();
    }

    private void erase() {
        if (drawn > 0) out.print("\r" + " ".repeat(drawn) + "\r");
        drawn = 0;
    }

    /** One whole progress line, above the status line. */
    private synchronized void line(String line) {
        if (mode == Mode.LIVE) erase();
        out.print(line);
        out.print(System.lineSeparator());
        lastWrite = nanos.getAsLong();
        if (mode == Mode.LIVE && !what.isEmpty()) draw();
        out.flush();
    }

    private String elapsedText(long now) {
        long s = TimeUnit.NANOSECONDS.toSeconds(now - start);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private String etaText(long now) {
        return eta(now).map(d -> d.isZero() ? " (finishing)" : " (ETA ~" + approx(d) + ")").orElse("");
    }

    /** "40 s", "4 min", "1 h 5 min": an estimate, so no more digits than it deserves. */
    static String approx(Duration d) {
        long s = d.toSeconds();
        if (s < 60) return Math.max(5, (s + 4) / 5 * 5) + " s";
        long min = (s + 30) / 60;
        if (min < 60) return min + " min";
        return min / 60 + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
    }

    private void startTicking() {
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    synchronized (this) {
                        if (!what.isEmpty()) draw();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "perfagent-status");
        ticker.setDaemon(true);
        ticker.start();
    }

    private static int columns(Map<String, String> env) {
        try {
            return Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** A PrintWriter that hands every whole line to the status line; a partial line waits for its end. */
    private static final class Lines extends PrintWriter {
        private final StatusLine status;

        Lines(StatusLine status) {
            super(new LineWriter(status));
            this.status = status;
        }
    }

    private static final class LineWriter extends Writer {
        private final StatusLine status;
        private final StringBuilder pending = new StringBuilder();

        LineWriter(StatusLine status) {
            this.status = status;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            synchronized (status) {
                for (int i = off; i < off + len; i++) {
                    char c = buf[i];
                    if (c == '\n') {
                        int end = pending.length() > 0 && pending.charAt(pending.length() - 1) == '\r' ? pending.length() - 1 : pending.length();
                        status.line(pending.substring(0, end));
                        pending.setLength(0);
                    } else {
                        pending.append(c);
                    }
                }
            }
        }

        @Override
        public void flush() {
            status.out.flush();
        }

        @Override
        public void close() {
            synchronized (status) {
                if (pending.length() > 0) status.line(pending.toString());
                pending.setLength(0);
            }
            flush();
        }
    }
}
