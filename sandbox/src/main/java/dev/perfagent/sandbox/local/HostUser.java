package dev.perfagent.sandbox.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who perfagent runs as on the host. It matters because the kernel never applies RLIMIT_NPROC to
 * processes whose real uid is host root: a sandbox started by root needs another way to stop a fork
 * bomb (see {@link PidsCgroup}, and the uid drop in {@link UnshareLauncher}).
 */
final class HostUser {
    /** The uid a root-started fallback sandbox drops to: "nobody" owns nothing worth protecting. */
    static final int UNPRIVILEGED_UID = 65534;

    private static final long UID = effectiveUid();
    private static final boolean ROOT = UID == 0;

    private HostUser() {
    }

    static boolean isRoot() {
        return ROOT;
    }

    /** The effective uid perfagent runs as (-1 where it cannot be read). */
    static long uid() {
        return UID;
    }

    private static long effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) return Long.parseLong(line.substring(4).trim().split("\\s+")[1]);
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: not Linux, or hidden; fall through to the user name
        }
        return "root".equals(System.getProperty("user.name")) ? 0 : -1;
    }
}
