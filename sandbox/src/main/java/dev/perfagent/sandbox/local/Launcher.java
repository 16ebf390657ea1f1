package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns one {@link ExecSpec} into the host command line that runs it isolated: bwrap, or the unshare fallback. */
interface Launcher {

    /**
     * @param argv        the host command, starting with the isolation tool
     * @param directory   working directory of the host process
     * @param environment the whole environment of the host process
     * @param fd3         a host file the host process must have open as descriptor 3 (bwrap's syscall filter)
     */
    record Launch(List<String> argv, Path directory, Map<String, String> environment, Optional<Path> fd3) {
        public Launch {
            argv = List.copyOf(argv);
            environment = Map.copyOf(environment);
        }
    }

    /** @param processesByCgroup a pids cgroup bounds the command's tree, so RLIMIT_NPROC is not set (see {@link Rlimits}) */
    Launch prepare(Path workspace, ExecSpec spec, boolean processesByCgroup);

    /** Keeps {@code hostPath} out of sight of every later command, where the launcher can; see {@link Sandbox#hide}. */
    default void hide(Path hostPath) {
    }

    /** {@code bwrap} or {@code unshare}. */
    String name();

    /** What the isolation does and does not hide, for reports. */
    String description();

    /**
     * The pid namespace's init, placed before the command (where the shell's ulimit cannot be trusted, after
     * prlimit; otherwise it sets the limits itself, see {@link Rlimits#init}): a shell that runs the command
     * (its arguments passed as positional parameters, never as shell text) and exits with its status.
     * The command must not be pid 1 itself, since the kernel ignores the signals pid 1 has no handler for
     * (abort's SIGABRT, RLIMIT_CPU's SIGXCPU, SIGPIPE) and the program would behave differently than
     * outside. bwrap's own init is not used ({@code --as-pid-1}) because bwrap exits without reaping it,
     * and then GNU time would see none of the tree's CPU time or memory.
     */
    static List<String> init() {
        return List.of("/bin/sh", "-c", "\"$@\"; exit $?", "sh");
    }

    /** As {@link #init()}, entering {@code directory} (a fixed path of the sandbox, never user text) first. */
    static List<String> init(String directory) {
        return List.of("/bin/sh", "-c", "cd " + directory + " || exit 126; unset OLDPWD; \"$@\"; exit $?", "sh");
    }

}
