package dev.perfagent.evaluators.jmh;

import java.util.Locale;

/**
 * The shell commands that run a benchmarks jar. Every run is one fork ({@code -f 1}): a fork is one sample, and the
 * measurer, not JMH, decides how many there are.
 */
public final class JmhCommand {
    private JmhCommand() {
    }

    /** The {@code -lp} listing of the benchmarks {@code regex} selects. */
    public static String list(String jar, String regex) {
        return "java -jar " + quote(jar) + " -lp " + quote(regex);
    }

    /**
     * One fork of every benchmark {@code regex} selects, with JMH's JSON result as the only standard output (its
     * progress goes to standard error): the sandbox keeps the workspace read-only for timed runs, so the result file
     * is written to the sandbox's private /tmp and printed.
     *
     * <p>{@code JAVA_TOOL_OPTIONS} (a profiler's agent) is handed to the fork alone, as JVM arguments: JMH gives the
     * fork the host's input arguments, which include those options, so with the variable set too the agent would be
     * loaded twice and the fork would not start; and the host JVM only waits for the fork.
     */
    public static String printingJson(String jar, String regex, String extraArgs) {
        return "f=$(mktemp /tmp/perfagent-jmh.XXXXXX) && t=\"${JAVA_TOOL_OPTIONS:-}\" && set -- && if [ -n \"$t\" ]; then set -- -jvmArgsPrepend \"$t\"; fi"
                + " && JAVA_TOOL_OPTIONS= java -jar " + quote(jar) + " " + quote(regex) + " -f 1 \"$@\""
                + (extraArgs.isBlank() ? "" : " " + extraArgs.strip()) + " -rf json -rff \"$f\" >&2 && cat \"$f\"";
    }

    /** Seconds per operation as JMH users read them: "12.50 ns/op", "3.41 ms/op". */
    public static String format(double secondsPerOp) {
        if (secondsPerOp < 1e-6) return String.format(Locale.ROOT, "%.2f ns/op", secondsPerOp * 1e9);
        if (secondsPerOp < 1e-3) return String.format(Locale.ROOT, "%.2f µs/op", secondsPerOp * 1e6);
        if (secondsPerOp < 1) return String.format(Locale.ROOT, "%.2f ms/op", secondsPerOp * 1e3);
        return String.format(Locale.ROOT, "%.3f s/op", secondsPerOp);
    }

    /** A single-quoted shell word. */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
