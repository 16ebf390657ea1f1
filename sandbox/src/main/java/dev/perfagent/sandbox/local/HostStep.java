package dev.perfagent.sandbox.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one host shell before the sandbox, for what only a process of its own can do: put itself into the command's
 * cgroups (one per v1 hierarchy), so that everything it then execs and forks is born inside them, and open the
 * syscall filter as fd 3 for bwrap's {@code --seccomp 3}. Both were a shell each (two execs); one does both, and
 * none runs where there is neither.
 */
final class HostStep {
    /** Fixed text: the cgroup files and the filter travel as positional parameters, never as shell text. */
    private static final String SCRIPT = "n=$1; shift; while [ \"$n\" -gt 0 ]; do echo $$ > \"$1\" || exit 125; shift; n=$((n-1)); done;"
            + " f=$1; shift; [ -z \"$f\" ] && exec \"$@\"; exec \"$@\" 3<\"$f\"";

    private HostStep() {
    }

    /**
     * {@code argv}, run after joining each of {@code cgroups} and with {@code fd3} open as descriptor 3;
     * {@code argv} itself when there is neither.
     */
    static List<String> prefix(List<Path> cgroups, Optional<Path> fd3, List<String> argv) {
        if (cgroups.isEmpty() && fd3.isEmpty()) return argv;
        List<String> a = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "sh", Integer.toString(cgroups.size())));
        for (Path dir : cgroups) a.add(dir.resolve("cgroup.procs").toString());
        a.add(fd3.map(Path::toString).orElse(""));
        a.addAll(argv);
        return a;
    }
}
