package dev.perfagent.evaluators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A proposed version of a task's code: the files it replaces (relative path → new content) and where
 * it came from.
 */
public record Candidate(String id, Map<String, String> files, String origin, List<String> notRegular) {
    /**
     * @param notRegular entries of a candidate folder that are not regular files (a symbolic link, FIFO, device,
     *                   socket), each as "path: what it is"; such a candidate is REJECTED, and none of them is read
     */
    public Candidate {
        files = Map.copyOf(files);
        notRegular = List.copyOf(notRegular);
    }

    /** A candidate whose entries are all regular files. */
    public static Candidate of(String id, Map<String, String> files, String origin) {
        return new Candidate(id, files, origin, List.of());
    }

    public Candidate withNotRegular(List<String> notRegular) {
        return new Candidate(id, files, origin, notRegular);
    }

    /**
     * Reads a folder whose files replace the task's files of the same relative path. Links are never followed: a
     * symbolic link to a host file would otherwise be read here, by perfagent, with its rights, and its content
     * shown in a build log.
     */
    public static Candidate fromDirectory(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> notRegular = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (p.equals(dir)) continue;
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (a.isDirectory()) continue;
                if (!a.isRegularFile()) {
                    notRegular.add(rel + ": " + (a.isSymbolicLink() ? "a symbolic link" : "not a regular file (FIFO, device or socket)"));
                    continue;
                }
                try (var in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(rel, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Candidate(dir.getFileName().toString(), files, "directory " + dir, notRegular);
    }

    /** The task's original, unchanged: evaluating it against the baseline is an A/A comparison. */
    public static Candidate original() {
        return of("original", Map.of(), "the task's own sources");
    }
}
