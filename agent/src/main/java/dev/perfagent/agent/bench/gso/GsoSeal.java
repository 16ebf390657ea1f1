package dev.perfagent.agent.bench.gso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a patched tree's workspace held before its timed runs, to tell whether a run changed it. A GSO test run needs a
 * writable workspace (the test writes its outputs), so a patch could keep a cache of results there on its first run
 * and read it on the next: every later run would be fast for nothing. Every file's content digest is taken once; after
 * a run, a file whose size, inode, modification and change times are all as before is unchanged (the change time is
 * set by the kernel on every write and cannot be set back from inside the sandbox), any other is read again and
 * compared by digest (the container sandbox copies a written workspace back whole, so there every file is read).
 * Entries added or removed count too; the output folder is left out, as the harness empties it before every run.
 */
final class GsoSeal {
    private record Entry(String kind, String meta, String digest) {
    }

    private final Path root;
    private final String skipped;
    private final Map<String, Entry> entries;

    private GsoSeal(Path root, String skipped, Map<String, Entry> entries) {
        this.root = root;
        this.skipped = skipped;
        this.entries = entries;
    }

    /** The state of {@code root} now, leaving out the folder {@code skipped} (relative to root) and what is below it. */
    static GsoSeal of(Path root, String skipped) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        walk(root, skipped, (key, p, kind, meta) -> entries.put(key, new Entry(kind, meta, digest(p, kind))));
        return new GsoSeal(root, skipped, entries);
    }

    /** The first path that differs from the sealed state (added, removed or changed), or empty when none does. */
    Optional<String> firstChange() throws IOException {
        Map<String, Entry> now = new TreeMap<>();
        walk(root, skipped, (key, p, kind, meta) -> {
            Entry then = entries.get(key);
            boolean same = then != null && then.kind.equals(kind) && then.meta.equals(meta);
            now.put(key, same ? then : new Entry(kind, meta, then == null ? "" : digest(p, kind)));
        });
        for (var e : entries.entrySet()) {
            Entry seen = now.get(e.getKey());
            if (seen == null) return Optional.of(e.getKey() + " was removed");
            if (!seen.kind.equals(e.getValue().kind) || !seen.digest.equals(e.getValue().digest)) return Optional.of(e.getKey() + " was changed");
        }
        for (String k : now.keySet()) if (!entries.containsKey(k)) return Optional.of(k + " was added");
        // the same content under new times (copied back, or chowned): remember the new times, so the next check is cheap
        entries.replaceAll((k, e) -> new Entry(e.kind, now.get(k).meta, e.digest));
        return Optional.empty();
    }

    private interface Visitor {
        void visit(String key, Path path, String kind, String meta) throws IOException;
    }

    private static void walk(Path root, String skipped, Visitor visitor) throws IOException {
        Path skip = root.resolve(skipped);
        try (var walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (p.startsWith(skip) && !p.equals(skip) || p.equals(root)) continue;
                Map<String, Object> a = Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,ino,isDirectory,isSymbolicLink,isRegularFile", LinkOption.NOFOLLOW_LINKS);
                String kind = Boolean.TRUE.equals(a.get("isDirectory")) ? "dir" : Boolean.TRUE.equals(a.get("isSymbolicLink")) ? "link"
                        : Boolean.TRUE.equals(a.get("isRegularFile")) ? "file" : "other";
                // a folder is compared by what it holds (its own times change as the harness empties the output folder)
                String meta = kind.equals("dir") ? "" : a.get("size") + " " + a.get("lastModifiedTime") + " " + a.get("ctime") + " " + a.get("ino");
                visitor.visit(root.relativize(p).toString(), p, kind, meta);
            }
        }
    }

    private static String digest(Path p, String kind) throws IOException {
        if (kind.equals("link")) return Files.readSymbolicLink(p).toString();
        if (!kind.equals("file")) return "";
        return dev.perfagent.sandbox.FileDigest.sha256(p);
    }
}
