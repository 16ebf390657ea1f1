package dev.perfagent.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final boolean dropRoot = HostUser.isRoot();

    @Override
    public Launch prepare(Path workspace, ExecSpec spec) {
        List<String> a = new ArrayList<>();
        if (dropRoot) {
            handOver(workspace);
            String id = Integer.toString(HostUser.UNPRIVILEGED_UID);
            a.addAll(List.of(SETPRIV.toString(), "--reuid=" + id, "--regid=" + id, "--clear-groups", "--"));
        }
        a.addAll(List.of(UNSHARE.toString(), "--user", "--map-root-user", "--net", "--pid", "--ipc", "--uts",
                "--fork", "--mount-proc", "--kill-child"));
        a.addAll(Rlimits.prefix(spec.limits()));
        a.addAll(Launcher.init());
        a.addAll(spec.command());
        Map<String, String> env = new HashMap<>(Launcher.baseEnvironment());
        env.putAll(spec.env());
        return new Launch(a, workspace, env);
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

    /** Gives the workspace tree to the unprivileged uid; perfagent, as root, keeps full access to it. */
    private static void handOver(Path workspace) {
        try (Stream<Path> walk = Files.walk(workspace)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.setAttribute(p, "unix:uid", HostUser.UNPRIVILEGED_UID, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", HostUser.UNPRIVILEGED_UID, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand the workspace " + workspace + " to the sandbox user", e);
        }
    }
}
