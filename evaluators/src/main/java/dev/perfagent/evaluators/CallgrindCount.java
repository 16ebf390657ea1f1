package dev.perfagent.evaluators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counting a program's instructions with callgrind without trusting anything the program prints.
 *
 * <p>The candidate runs inside the valgrind process, so it can print a line that looks like callgrind's
 * {@code Collected :} summary (a program that noticed valgrind once did, and got "808× fewer instructions"). Here
 * the program's stderr and valgrind's log go nowhere; callgrind writes its machine-readable out file into a fresh
 * folder, and only after valgrind has exited does the wrapping shell print the {@code summary:} lines of those files,
 * fenced by a nonce the shell draws from /dev/urandom at that moment (it is in no command line or environment the
 * program can read). The counts are read only from between the last two fences; anything the program wrote before
 * them is ignored. The program's stdout is kept: the counted run must print the right answer too.
 */
final class CallgrindCount {
    private CallgrindCount() {
    }

    /** The program's command wrapped so that the counts come out on stderr after it ends, fenced. */
    static List<String> wrap(List<String> program) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c",
                "d=$(mktemp -d) || exit 97; "
                        + "valgrind --tool=callgrind --trace-children=yes --log-file=/dev/null "
                        + "--callgrind-out-file=\"$d/cg.%p\" \"$@\" 2>/dev/null; s=$?; "
                        + "n=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \\n'); "
                        + "{ printf '\\n%s\\n' \"$n\"; cat \"$d\"/cg.* 2>/dev/null | grep '^summary:'; printf '%s\\n' \"$n\"; } >&2; "
                        + "exit $s",
                "sh"));
        cmd.addAll(program);
        return cmd;
    }

    /**
     * The instructions summed over every process of the run, read from the last fenced block of {@code stderr}:
     * empty when there is no such block, it holds no count, or anything in it is not a count.
     */
    static Optional<Long> parse(String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) return Optional.empty();
        String fence = lines.get(lines.size() - 1);
        if (!fence.matches("[0-9a-f]{32}")) return Optional.empty();
        int open = lines.subList(0, lines.size() - 1).lastIndexOf(fence);
        if (open < 0) return Optional.empty();
        long total = 0;
        int counted = 0;
        for (String line : lines.subList(open + 1, lines.size() - 1)) {
            if (!line.matches("summary: \\d{1,18}")) return Optional.empty();
            total += Long.parseLong(line.substring("summary: ".length()));
            counted++;
        }
        return counted == 0 ? Optional.empty() : Optional.of(total);
    }
}
