package dev.perfagent.sandbox.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a sandboxed command is on the host. A user namespace maps the sandbox's uid onto the uid that starts the
 * sandbox, so a bwrap started by root is host root to every file, sysctl and device it can reach — the root of
 * the core_pattern escape and the chmod of the host's /dev/null. Started by root, bwrap therefore makes no user
 * namespace, and the command becomes {@value HostUser#UNPRIVILEGED_UID} ("nobody", which owns nothing) with
 * {@code setpriv} inside the sandbox, with no capabilities, an empty bounding set and no_new_privs (the unshare
 * fallback does the same before unshare). Started by anyone else it stays that user.
 */
final class SandboxUser {
    static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private SandboxUser() {
    }

    /** Whether commands drop from host root to the unprivileged uid before their namespaces are made. */
    static boolean dropsRoot() {
        return HostUser.isRoot();
    }

    /** The host uid the sandbox's processes run as. */
    static long hostUid() {
        return dropsRoot() ? HostUser.UNPRIVILEGED_UID : HostUser.uid();
    }

    /** The {@code setpriv} prefix that becomes the unprivileged uid (empty when perfagent is not root). */
    static List<String> prefix() {
        return prefix(List.of());
    }

    /**
     * As {@link #prefix()}, keeping as supplementary groups the owning groups of those {@code readOnlyBinds} that
     * others may not read (root's ~/.m2 is often 0750 root:root, and a Maven build needs it): the uid stays
     * unprivileged, the group only reads, and everything the sandbox shows of the host is read-only.
     */
    static List<String> prefix(List<Path> readOnlyBinds) {
        if (!dropsRoot()) return List.of();
        String id = Integer.toString(HostUser.UNPRIVILEGED_UID);
        Set<Integer> groups = new TreeSet<>();
        for (Path b : readOnlyBinds) groupNeededFor(b).ifPresent(groups::add);
        String groupArg = groups.isEmpty() ? "--clear-groups"
                : "--groups=" + groups.stream().map(String::valueOf).collect(Collectors.joining(","));
        return List.of(SETPRIV.toString(), "--reuid=" + id, "--regid=" + id, groupArg,
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--");
    }

    private static Optional<Integer> groupNeededFor(Path folder) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder);
            if (perms.contains(PosixFilePermission.OTHERS_READ) && perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return Optional.empty();
            }
            return Optional.of((Integer) Files.getAttribute(folder, "unix:gid"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Gives the workspace to the unprivileged uid so a build can write it: the whole tree for a writable command,
     * only the top folder (created 0700 by root) for a read-only one. Never follows a link.
     */
    static void handOver(Path workspace, boolean wholeTree) {
        if (!dropsRoot()) return;
        try {
            if (!wholeTree) {
                if (owner(workspace) != HostUser.UNPRIVILEGED_UID) chown(workspace);
                return;
            }
            try (Stream<Path> walk = Files.walk(workspace)) {
                for (Path p : (Iterable<Path>) walk::iterator) chown(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand the workspace " + workspace + " to the sandbox user", e);
        }
    }

    private static int owner(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Only where the owner or group differs: a chown that changes nothing still sets the file's change time, and that
     * time is how a harness tells whether a run wrote a file it had no business writing (GSO's sealed trees).
     */
    private static void chown(Path p) throws IOException {
        if (owner(p) != HostUser.UNPRIVILEGED_UID) Files.setAttribute(p, "unix:uid", HostUser.UNPRIVILEGED_UID, LinkOption.NOFOLLOW_LINKS);
        if ((Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS) != HostUser.UNPRIVILEGED_UID) {
            Files.setAttribute(p, "unix:gid", HostUser.UNPRIVILEGED_UID, LinkOption.NOFOLLOW_LINKS);
        }
    }
}
