package dev.perfagent.agent.bench.gso;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One source tree of an attempt (base, expert or patched) in the attempt's workspace: checked out from the local
 * clone or mirror at base_commit (on the host: the repository is trusted and not visible in the sandbox), patched
 * inside the sandbox with GSO's fall-backs (the patch is not trusted), its setup and install commands run inside too.
 * Each tree has a workspace of its own, so that code run from the patched tree cannot touch the base tree it is timed
 * against, nor the reference outputs it is checked against (they are copied in from the host before every run).
 */
final class GsoTree implements AutoCloseable {
    static final String TREE = "tree";
    /** GSO's order of attempts at applying a patch; each later one is tried only when the earlier failed. */
    static final List<String> APPLY = List.of("git apply --verbose", "git apply --verbose --ignore-space-change",
            "git apply --verbose --reject", "patch --batch --fuzz=5 -p1 -i");

    private final Sandbox sandbox;
    final Workspace ws;
    final String name;

    private final List<String> tests;

    GsoTree(Sandbox sandbox, String name, List<String> tests) throws IOException {
        this.sandbox = sandbox;
        this.name = name;
        this.tests = List.copyOf(tests);
        this.ws = Workspace.create("perfagent-gso-" + name + "-");
        writeHarness();
    }

    /**
     * Writes the driver, the performance tests and an empty output folder afresh, replacing whatever the setup and
     * install commands (or a patch's build) left at those paths: links included, none is followed.
     */
    void writeHarness() throws IOException {
        for (String d : List.of(".perfagent", "tests", "refs", "gold", "cand")) {
            Path p = ws.resolve(d);
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) deleteTree(p);
        }
        Files.createDirectories(ws.resolve(".perfagent"));
        Files.createDirectories(ws.resolve("refs"));
        Files.createDirectories(ws.resolve("tests"));
        Files.writeString(ws.resolve(GsoDriver.FILE), GsoDriver.SOURCE);
        for (int i = 0; i < tests.size(); i++) Files.writeString(ws.resolve("tests/t" + i + ".py"), tests.get(i));
    }

    /**
     * Makes {@code folder} hold exactly {@code files}: emptied in place (a folder replaced by a link or a file is
     * replaced by a real folder), then written. Kept in place so that a sealed workspace sees no change but its contents.
     */
    void fill(String folder, java.util.Map<String, byte[]> files) throws IOException {
        Path dir = ws.resolve(folder);
        if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var list = Files.list(dir)) {
                for (Path p : list.toList()) deleteTree(p);
            }
        } else {
            if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) deleteTree(dir);
            Files.createDirectories(dir);
        }
        for (var f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
    }

    /**
     * The regular files a run left in {@code folder}, read without following links; a link or anything else that is
     * not a plain file, or more than {@code maxBytes} in all, is a problem with the run, named in the exception.
     */
    java.util.Map<String, byte[]> outputs(String folder, long maxBytes) throws IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        Path dir = ws.resolve(folder);
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new IOException("its output folder is gone");
        long total = 0;
        try (var list = Files.list(dir)) {
            for (Path f : list.toList()) {
                if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new IOException("it left " + f.getFileName() + ", which is not a plain file");
                total += Files.size(f);
                if (total > maxBytes) throw new IOException("its outputs are over " + (maxBytes >> 20) + " MiB");
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        ws.close();
    }

    /** Exports the commit's files into the tree (no .git: tests need none, and git in the sandbox then works as patch does). */
    void checkout(Path repository, String commit) throws IOException, InterruptedException {
        export(repository, commit, ws.resolve(TREE));
    }

    /** The commit's files into {@code dir} (emptied first), by {@code git archive} on the host. */
    static void export(Path repository, String commit, Path dir) throws IOException, InterruptedException {
        if (Files.exists(dir)) deleteTree(dir);
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("/bin/sh", "-c", "git -C \"$0\" archive --format=tar \"$1\" | tar -x -C \"$2\"",
                repository.toAbsolutePath().toString(), commit, dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("cannot check out " + commit + " from " + repository + ": " + out.strip());
        }
    }

    /** @return how the patch went in, or empty with {@code problem} filled when no fall-back applied it */
    Optional<String> apply(String patch, Path repository, String commit, StringBuilder problem) throws IOException, InterruptedException {
        if (patch.isBlank()) return Optional.of("no patch (the base tree)");
        Files.writeString(ws.resolve(".perfagent/candidate.patch"), patch.endsWith("\n") ? patch : patch + "\n");
        for (String how : APPLY) {
            ExecResult r = sh("cd " + TREE + " && " + how + " ../.perfagent/candidate.patch", Duration.ofMinutes(2));
            if (r.ok()) return Optional.of(how.replace(" --verbose", "").replace(" -i", ""));
            problem.setLength(0);
            problem.append(how.replace(" --verbose", "")).append(": ").append(lastLines(r.stderr() + "\n" + r.stdout(), 3));
            // --reject and patch leave what they could apply: start again from a clean tree
            if (how.contains("--reject")) checkout(repository, commit);
        }
        return Optional.empty();
    }

    /** Runs commands in the tree (setup or install); the first failing one is returned. */
    Optional<String> run(List<String> commands, Duration limit) {
        for (String c : commands) {
            ExecResult r = sh("cd " + TREE + " && " + c, limit);
            if (!r.ok()) return Optional.of("'" + c + "' " + r.describeEnd() + ": " + lastLines(r.stderr() + "\n" + r.stdout(), 3));
        }
        return Optional.empty();
    }

    private ExecResult sh(String script, Duration limit) {
        return sandbox.exec(ws, ExecSpec.shell(script, Limits.forBuild().withWallTime(limit)).writable()
                .withEnv(java.util.Map.of("HOME", "/tmp", "GIT_CONFIG_NOSYSTEM", "1", "PYTHONDONTWRITEBYTECODE", "1")));
    }

    /**
     * Whether both trees hold the same files with the same bytes (a patch that makes exactly the expert's change): file
     * by file, without holding a tree in memory (after an install a tree may hold large build outputs).
     */
    static boolean sameFiles(GsoTree a, GsoTree b) throws IOException {
        Path left = a.ws.resolve(TREE), right = b.ws.resolve(TREE);
        List<String> names = entries(left);
        if (!names.equals(entries(right))) return false;
        for (String rel : names) {
            Path x = left.resolve(rel), y = right.resolve(rel);
            if (Files.isSymbolicLink(x) || Files.isSymbolicLink(y)) {
                if (!(Files.isSymbolicLink(x) && Files.isSymbolicLink(y)) || !Files.readSymbolicLink(x).equals(Files.readSymbolicLink(y))) return false;
            } else if (Files.isRegularFile(x, java.nio.file.LinkOption.NOFOLLOW_LINKS) != Files.isRegularFile(y, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(x, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.mismatch(x, y) != -1) {
                return false;
            }
        }
        return true;
    }

    /** Every path below {@code root} that is not a folder (links not followed), sorted. */
    private static List<String> entries(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(f -> !Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    static String lastLines(String text, int n) {
        List<String> lines = new ArrayList<>(text.strip().lines().filter(l -> !l.isBlank()).toList());
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
