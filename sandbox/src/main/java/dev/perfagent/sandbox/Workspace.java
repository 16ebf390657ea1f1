package dev.perfagent.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private folder holding a copy of the code under test; the only place a sandboxed build may write. */
public final class Workspace implements AutoCloseable {
    private final Path dir;

    private Workspace(Path dir) {
        this.dir = dir;
    }

    public static Workspace create(String prefix) {
        try {
            return new Workspace(Files.createTempDirectory("perfagent-" + prefix + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Copies the tree under {@code from} into this workspace, replacing files of the same name. */
    public Workspace copyFrom(Path from) {
        return copy(from, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * As {@link #copyFrom}, each file keeping its modification time: a copy of a built tree stays built for tools that
     * compare sources with outputs by time (Maven's compiler recompiles a whole module when a source looks newer).
     */
    public Workspace copyKeepingTimes(Path from) {
        return copy(from, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }

    private Workspace copy(Path from, java.nio.file.CopyOption... options) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(dir.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    // a link is copied as the link, never as what it points to on the host
                    Files.copy(f, dir.resolve(from.relativize(f).toString()), options);
                    return FileVisitResult.CONTINUE;
                }
            });
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file a sandboxed command wrote (a profile, a test report), read on the host: only a regular file, never
     * through a link or a FIFO the command could have left in its place to make perfagent read (or hang on) a host
     * file with perfagent's rights.
     */
    public static String readWritten(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new IOException(file + " is not a regular file");
        try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    @Override
    public void close() {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                // setWritable follows links: on one a candidate (or a repository's tests) left, it would change a
                // host file's mode. Only real folders need it, to delete what is in them
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) p.toFile().setWritable(true);
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort, as below
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temp folder is not worth failing an evaluation for
        }
    }
}
