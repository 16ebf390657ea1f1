package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fallback where bubblewrap is missing: util-linux {@code unshare} gives no network and a private
 * pid namespace, but the program sees (and, with its user's rights, can write) the host filesystem, and
 * a read-only run cannot be enforced. Started by root it first drops to uid {@value HostUser#UNPRIVILEGED_UID}
 * with {@code setpriv}: "root" mapped into a user namespace is still host root to the filesystem, and
 * could rewrite any root-owned file; nobody cannot, and RLIMIT_NPROC applies to it. The workspace is
 * handed to that uid before each command so a build can still write it.
 */
final class UnshareLauncher implements Launcher {
    static final Path UNSHARE = Path.of("/usr/bin/unshare");

    private final boolean dropRoot = HostUser.isRoot();

    @Override
    public Launch prepare(Path workspace, ExecSpec spec, boolean processesByCgroup) {
        List<String> a = new ArrayList<>();
        if (dropRoot) {
            SandboxUser.handOver(workspace, true);
            a.addAll(SandboxUser.prefix());
        }
        a.addAll(List.of(UNSHARE.toString(), "--user", "--map-root-user", "--net", "--pid", "--ipc", "--uts",
                "--fork", "--mount-proc", "--kill-child"));
        a.addAll(Rlimits.init(spec.limits(), processesByCgroup, Optional.empty()));
        a.addAll(spec.command());
        Map<String, String> env = new HashMap<>(ExecSpec.baseEnvironment());
        env.putAll(spec.env());
        return new Launch(a, workspace, env, Optional.empty());
    }

    @Override
    public String name() {
        return "unshare";
    }

    @Override
    public String description() {
        return "unshare (WEAKER isolation: no network and own pid namespace, but the host filesystem is visible to the program"
                + " and a read-only workspace is not enforced; install bubblewrap: apt-get install bubblewrap)";
    }
}
