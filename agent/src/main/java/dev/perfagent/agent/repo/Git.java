package dev.perfagent.agent.repo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The few git commands repository mode needs, run with the repository as the working directory. */
final class Git {
    private Git() {
    }

    /** Output lines of {@code git ARGS}, or empty when it failed (not a checkout, no git). */
    static List<String> lines(Path dir, String... args) {
        RepoFiles.Result r = run(dir, args);
        return r.ok() ? r.output().lines().toList() : List.of();
    }

    static RepoFiles.Result run(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        cmd.addAll(List.of(args));
        return RepoFiles.run(dir, cmd, 120);
    }

    static boolean isCheckout(Path dir) {
        return run(dir, "rev-parse", "--is-inside-work-tree").output().strip().equals("true");
    }

    /** Where {@code dir} lies inside its checkout, with a trailing slash ("" at the top). */
    static String prefix(Path dir) {
        return run(dir, "rev-parse", "--show-prefix").output().strip();
    }
}
