package dev.perfagent.sandbox.container;

import com.github.dockerjava.api.DockerClient;
import dev.perfagent.sandbox.Workspace;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.testcontainers.utility.MountableFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The container's copies of host workspaces. Each workspace gets its own folder {@code /ws/N} and its own
 * uid, so a candidate can read neither the baseline's build nor an earlier candidate's; it is copied in
 * when first used (again when the host copy changed), and after a command that may write it (a build)
 * copied back out, so the host workspace holds what the build made, as with the local sandbox.
 */
final class ContainerWorkspaces {
    static final String ROOT = "/ws";
    /** uids of workspaces start here, far from any uid of the host or the image. */
    private static final int FIRST_UID = 20000;

    /** One workspace inside the container; {@code mode} is how its files are owned now: rw, ro, or null before the first command. */
    static final class Copy {
        String dir;
        final int uid;
        String mode;
        String fingerprint;

        Copy(String dir, int uid) {
            this.dir = dir;
            this.uid = uid;
        }
    }

    private final Map<Path, Copy> copies = new HashMap<>();
    /** Folders of copies no longer used (their workspace closed, or copied again), for the supervisor to remove. */
    private final List<String> gone = new ArrayList<>();
    private int next;

    /**
     * The container copy of {@code workspace}, copied in (or again) when the host copy is new or has changed. Every
     * copy goes to a folder never used before, so nothing has to be removed first: the folder it replaces is left
     * to the supervisor's next run (see {@link #takeGone()}) instead of costing a docker exec of its own.
     */
    Copy sync(Workspace workspace, ContainerSession session) {
        Path host = workspace.dir().toAbsolutePath().normalize();
        forgetVanished();
        Copy c = copies.get(host);
        String now = fingerprint(host);
        if (c != null && now.equals(c.fingerprint)) return c;
        next++;
        String dir = ROOT + "/" + next;
        if (c == null) {
            c = new Copy(dir, FIRST_UID + next);
            copies.put(host, c);
        } else {
            gone.add(c.dir);
            c.dir = dir;
        }
        session.container().copyFileToContainer(MountableFile.forHostPath(host), c.dir);
        // ownership and modes are set by exec.sh for the mode the command asks for
        c.mode = null;
        c.fingerprint = now;
        return c;
    }

    /** Brings what a command wrote in the container copy back into the host workspace. */
    void copyOut(Workspace workspace, Copy c, DockerClient client, String containerId) {
        Path host = workspace.dir().toAbsolutePath().normalize();
        try (InputStream tar = client.copyArchiveFromContainerCmd(containerId, c.dir + "/.").exec();
             TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
            clear(host);
            for (TarArchiveEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = inside(host, e.getName());
                if (target == null || e.isSymbolicLink() || e.isLink()) continue; // a link could aim the next write outside
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isFile()) {
                    Files.createDirectories(target.getParent());
                    if (!target.getParent().toRealPath().startsWith(host.toRealPath())) continue;
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((e.getMode() & 0100) != 0) Files.setPosixFilePermissions(target, executable(target));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the workspace out of the container", e);
        }
        c.fingerprint = fingerprint(host);
    }

    /** Folders of copies to remove before the next command (exec.sh's PERFAGENT_GONE); handed over once. */
    List<String> takeGone() {
        List<String> g = List.copyOf(gone);
        gone.clear();
        return g;
    }

    /** Copies of workspaces the host has closed since are removed from the container too, by the next command. */
    private void forgetVanished() {
        var vanished = copies.entrySet().stream().filter(e -> !Files.isDirectory(e.getKey())).toList();
        for (var e : vanished) {
            gone.add(e.getValue().dir);
            copies.remove(e.getKey());
        }
    }

    /** Where a tar entry (named relative to the copied folder: "./x" or "N/x") lands on the host; null outside. */
    private static Path inside(Path host, String name) {
        String rel = name.startsWith("./") ? name.substring(2) : name.contains("/") ? name.substring(name.indexOf('/') + 1) : "";
        if (rel.isEmpty() || rel.equals(".")) return null;
        Path p = host.resolve(rel).normalize();
        return p.startsWith(host) && !p.equals(host) ? p : null;
    }

    private static void clear(Path host) throws IOException {
        try (Stream<Path> walk = Files.walk(host)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                if (!p.equals(host)) Files.delete(p);
            }
        }
    }

    private static Set<PosixFilePermission> executable(Path p) throws IOException {
        Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(p));
        perms.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
        return perms;
    }

    /** Relative path, size and modification time of every file: cheap, and changes whenever a file does. */
    private static String fingerprint(Path host) {
        if (!Files.isDirectory(host)) return "";
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> walk = Files.walk(host)) {
            for (Path p : walk.sorted().toList()) {
                sb.append(host.relativize(p)).append('\0');
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    sb.append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
                }
                sb.append('\n');
            }
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
        return sb.toString();
    }
}
