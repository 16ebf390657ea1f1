package dev.perfagent.agent.repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The files of a repository that make up its source: in a git checkout what git tracks plus untracked files it does
 * not ignore (so build output, caches and secrets in .gitignore stay out); elsewhere every file outside the usual build
 * and cache folders.
 */
public final class RepoFiles {
    private static final Set<String> SKIPPED = Set.of(".git", ".perfagent", "target", "build", "cmake-build-debug",
            "cmake-build-release", "__pycache__", ".pytest_cache", "node_modules", ".idea", ".venv", "venv", ".gradle");

    private RepoFiles() {
    }

    /** Relative paths with {@code /}, sorted. */
    public static List<String> list(Path repo) {
        List<String> fromGit = gitFiles(repo);
        if (!fromGit.isEmpty()) return fromGit;
        Set<String> out = new TreeSet<>();
        try {
            Files.walkFileTree(repo, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(repo) && SKIPPED.contains(d.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) out.add(repo.relativize(f).toString().replace('\\', '/'));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** Copies the listed files into {@code target}, keeping their modes (a build script stays executable). */
    public static void copy(Path repo, List<String> files, Path target) {
        try {
            for (String rel : files) {
                Path from = repo.resolve(rel);
                if (!Files.isRegularFile(from)) continue; // deleted in the working tree but still tracked
                Path to = target.resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The git checkout's files under {@code repo}, or empty when it is not in one (or git is missing). */
    static List<String> gitFiles(Path repo) {
        List<String> files = Git.lines(repo, "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        List<String> out = new ArrayList<>();
        for (String line : files) {
            for (String f : line.split("\0")) {
                if (f.isEmpty() || f.startsWith(".perfagent/") || !Files.isRegularFile(repo.resolve(f))) continue;
                out.add(f);
            }
        }
        return new ArrayList<>(new TreeSet<>(out));
    }

    /** As UTF-8, malformed bytes replaced: a Latin-1 source (commons-text has some) must not stop the index. */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command and returns its exit code, output and error together; for git and the detection probes. */
    static Result run(Path dir, List<String> command, long timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }
}
