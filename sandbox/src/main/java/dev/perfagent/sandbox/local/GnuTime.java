package dev.perfagent.sandbox.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures CPU time and peak RSS of the whole sandboxed tree with GNU time, run OUTSIDE the sandbox as
 * the parent of bwrap. Each process in the tree is reaped by its parent (orphans by the pid
 * namespace's init, which bwrap provides), and the kernel adds a reaped child's user+system time and
 * its largest RSS into the reaper's "children" usage, so bwrap's usage as seen by time covers every
 * process that ran. time writes its numbers to a host file the sandbox cannot see or forge.
 * (A small C launcher calling wait4 would give the same numbers with microsecond rather than 10 ms
 * resolution, at the cost of needing gcc and a build cache at runtime; wall time, the measure that
 * matters, is taken in Java with nanoTime anyway.)
 */
final class GnuTime {
    static final Path TIME = Path.of("/usr/bin/time");

    /** CPU time (user + system) and peak resident set of the tree; zero when unknown. */
    record Usage(Duration cpu, long peakRssBytes) {
        static final Usage UNKNOWN = new Usage(Duration.ZERO, 0);
    }

    private GnuTime() {
    }

    static boolean available() {
        return Files.isExecutable(TIME);
    }

    /** {@code argv} wrapped so that its usage is written to {@code stats}. */
    static List<String> wrap(List<String> argv, Path stats) {
        List<String> a = new ArrayList<>(List.of(TIME.toString(), "--quiet", "--format=%U %S %M", "--output=" + stats, "--"));
        a.addAll(argv);
        return a;
    }

    static Usage read(Path stats) {
        try {
            if (!Files.exists(stats)) return Usage.UNKNOWN;
            List<String> lines = Files.readAllLines(stats).stream().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? Usage.UNKNOWN : parse(lines.get(lines.size() - 1));
        } catch (IOException e) {
            return Usage.UNKNOWN;
        } finally {
            try {
                Files.deleteIfExists(stats);
            } catch (IOException e) {
                // the folder goes with the sandbox
            }
        }
    }

    /** Parses {@code "<user s> <system s> <max rss KiB>"}. */
    static Usage parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 3) return Usage.UNKNOWN;
        try {
            double seconds = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
            return new Usage(Duration.ofNanos(Math.round(seconds * 1e9)), Long.parseLong(f[2]) * 1024);
        } catch (NumberFormatException e) {
            return Usage.UNKNOWN;
        }
    }
}
