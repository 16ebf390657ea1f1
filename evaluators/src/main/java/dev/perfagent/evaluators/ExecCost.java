package dev.perfagent.evaluators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU time of starting {@code /bin/true} itself (exec, the dynamic loader, libc), measured once on this machine.
 * The sandbox's empty run is {@code /bin/true} in the sandbox, and taking its whole cost off a program's time would
 * also take off a process start the bare program pays too (0.6-0.7 ms here): a 5 ms program then looks 15 % faster
 * than it is. So that start is added back: the sandbox's own cost is its empty run less this.
 *
 * <p>Measured with bash's {@code times} (CPU time of a shell's children, to the ms): N runs of /bin/true against N
 * forks that exec nothing, the difference divided by N. Zero where bash is missing or the figure is implausible.
 */
final class ExecCost {
    private static final int RUNS = 300;
    private static final Pattern TIME = Pattern.compile("(\\d+)m([\\d.]+)s");
    private static volatile Double seconds;

    private ExecCost() {
    }

    static double binTrueSeconds() {
        Double s = seconds;
        if (s == null) {
            synchronized (ExecCost.class) {
                if (seconds == null) seconds = measure();
                s = seconds;
            }
        }
        return s;
    }

    private static double measure() {
        try {
            double withExec = childSeconds("for i in $(seq " + RUNS + "); do /bin/true; done; times");
            double forkOnly = childSeconds("for i in $(seq " + RUNS + "); do ( : ); done; times");
            double each = (withExec - forkOnly) / RUNS;
            return each > 0 && each < 0.005 ? each : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The children's user + system time that bash's {@code times} prints last. */
    private static double childSeconds(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("bash", "-c", script)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("bash failed");
        List<String> lines = out.strip().lines().toList();
        Matcher m = TIME.matcher(lines.get(lines.size() - 1));
        double total = 0;
        int found = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            found++;
        }
        if (found != 2) throw new IOException("unexpected output of times: " + out);
        return total;
    }
}
