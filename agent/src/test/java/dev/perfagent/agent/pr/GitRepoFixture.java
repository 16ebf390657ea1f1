package dev.perfagent.agent.pr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real git repository in a test folder: write files, commit, get the sha. */
final class GitRepoFixture {
    final Path dir;
    private final Git git;

    GitRepoFixture(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.git = new Git(dir);
        git.run("init", "-q", "-b", "main");
        git.run("config", "user.email", "test@example.com");
        git.run("config", "user.name", "test");
        git.run("config", "commit.gpgsign", "false");
    }

    /** Writes the files (path → content) and commits them; returns the new commit's sha. */
    String commit(String message, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
        }
        git.run("add", "-A");
        git.run("commit", "-q", "-m", message);
        return git.run("rev-parse", "HEAD").strip();
    }

    /** A small Python program whose work.run(n) costs about n steps, and its bench command. */
    static final String BENCH = "python3 -B bench.py";

    static String benchPy() {
        return "from work import run\nprint(run(400000))\n";
    }

    /** The base version of work.py. */
    static String work() {
        return """
                def run(n):
                    total = 0
                    for i in range(n):
                        total += i * i % 7
                    return total
                """;
    }

    /** The same function doing half as much work again on top: about 1.5x slower, same answer. */
    static String slowerWork() {
        return """
                def run(n):
                    total = 0
                    for i in range(n):
                        total += i * i % 7
                    extra = 0
                    for i in range(n // 2):
                        extra += i * i % 7
                    return total + extra * 0
                """;
    }

    /** The base with comments changed only: the A/A case. */
    static String commentedWork() {
        return """
                # sums squares modulo 7
                def run(n):
                    total = 0  # the running sum
                    for i in range(n):
                        total += i * i % 7
                    return total
                """;
    }
}
