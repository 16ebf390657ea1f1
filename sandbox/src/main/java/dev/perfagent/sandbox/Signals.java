package dev.perfagent.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * Names for the signals a killed program most often dies of. The exit status the sandbox reports is
 * 128+N for signal N (bwrap, unshare and GNU time all pass a child's death by signal on that way), so
 * this is also how a status of 137 becomes "SIGKILL".
 */
final class Signals {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"), Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"),
            Map.entry(5, "SIGTRAP"), Map.entry(6, "SIGABRT"), Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"),
            Map.entry(9, "SIGKILL"), Map.entry(10, "SIGUSR1"), Map.entry(11, "SIGSEGV"), Map.entry(12, "SIGUSR2"),
            Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"), Map.entry(15, "SIGTERM"), Map.entry(24, "SIGXCPU"),
            Map.entry(25, "SIGXFSZ"), Map.entry(31, "SIGSYS"));

    private Signals() {
    }

    /** The signal an exit status stands for, if it is 128+N for a signal N we can name. */
    static Optional<String> fromExitStatus(int status) {
        if (status <= 128 || status > 128 + 64) return Optional.empty();
        int n = status - 128;
        return Optional.of(NAMES.getOrDefault(n, "signal " + n));
    }
}
