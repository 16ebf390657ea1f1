package dev.perfagent.evaluators;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a task folder holds (inputs, reference outputs, harness, expert): every entry's kind, mode, owner, user
 * extended attributes and content digest, read without following links. Taken before a task's first evaluation
 * and compared after each one: a candidate that reached the task's files (to cache an answer in an xattr, grow
 * the baseline's input, plant a setuid file) is caught by what changed, whatever the sandbox let through.
 */
record TaskIntegrity(Path dir, Map<String, String> entries) {

    /**
     * Folders that change while perfagent works and are nobody's task data: perfagent's own run folders (a run
     * started in the task's folder writes {@code .perfagent/runs} there) and a repository's git metadata.
     */
    private static final Set<String> BOOKKEEPING = Set.of(".perfagent", ".git");

    static TaskIntegrity of(Path dir) {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (!d.equals(dir) && BOOKKEEPING.contains(d.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                    entries.put(dir.relativize(d).toString(), describe(d));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    entries.put(dir.relativize(f).toString(), describe(f));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.put("", "unreadable: " + e.getMessage());
        }
        return new TaskIntegrity(dir, entries);
    }

    /** What differs in {@code now} from this snapshot, as "path: what" lines (at most a few); empty when nothing. */
    Optional<String> changesIn(TaskIntegrity now) {
        List<String> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(entries.keySet());
        names.addAll(now.entries.keySet());
        for (String n : names) {
            String was = entries.get(n);
            String is = now.entries.get(n);
            String shown = n.isEmpty() ? "." : n;
            if (was == null) changes.add(shown + " appeared (" + is + ")");
            else if (is == null) changes.add(shown + " was removed");
            else if (!was.equals(is)) changes.add(shown + ": " + difference(was, is));
        }
        if (changes.isEmpty()) return Optional.empty();
        String head = String.join("; ", changes.subList(0, Math.min(3, changes.size())));
        return Optional.of(changes.size() > 3 ? head + " (and " + (changes.size() - 3) + " more)" : head);
    }

    private static String difference(String was, String is) {
        String[] a = was.split(" ", -1);
        String[] b = is.split(" ", -1);
        String[] what = {"kind", "mode", "owner", "content", "xattrs"};
        List<String> d = new ArrayList<>();
        for (int i = 0; i < Math.min(a.length, what.length); i++) {
            if (i < b.length && !a[i].equals(b[i])) d.add(what[i] + " " + shorten(a[i]) + " → " + shorten(b[i]));
        }
        return d.isEmpty() ? "changed" : String.join(", ", d);
    }

    private static String shorten(String s) {
        return s.length() > 16 ? s.substring(0, 12) + "…" : s;
    }

    /** "kind mode uid:gid sha256 xattrs", the fields compared. */
    private static String describe(Path p) throws IOException {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        int uid = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int gid = (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        String kind = a.isRegularFile() ? "file" : a.isDirectory() ? "dir" : a.isSymbolicLink() ? "link" : "special";
        String content = a.isRegularFile() ? dev.perfagent.sandbox.FileDigest.sha256(p) : a.isSymbolicLink() ? "->" + Files.readSymbolicLink(p) : "-";
        return kind + " " + Integer.toOctalString(mode & 07777) + "(" + PosixFilePermissions.toString(a.permissions()) + ") "
                + uid + ":" + gid + " " + content + " " + xattrs(p);
    }

    private static String xattrs(Path p) {
        UserDefinedFileAttributeView v = Files.getFileAttributeView(p, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (v == null) return "{}";
        try {
            Map<String, String> x = new TreeMap<>();
            for (String name : v.list()) {
                ByteBuffer b = ByteBuffer.allocate(v.size(name));
                v.read(name, b);
                x.put(name, HexFormat.of().formatHex(b.array()));
            }
            return x.toString().replace(' ', '_');
        } catch (IOException | UnsupportedOperationException e) {
            return "{}";
        }
    }
}
