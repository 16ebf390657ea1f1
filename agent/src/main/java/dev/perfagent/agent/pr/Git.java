package dev.perfagent.agent.pr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The few git commands PR mode needs, run on the host (git only reads and checks out the user's own repository;
 * the code it checks out is what runs sandboxed).
 */
final class Git {
    private final Path repo;

    Git(Path repo) {
        this.repo = repo;
    }

    /** A failed git command, with git's own first line of complaint. */
    static final class GitException extends RuntimeException {
        GitException(String message) {
            super(message);
        }
    }

    /** Whether {@code repo} is inside a git work tree. */
    boolean isRepository() {
        try {
            return run("rev-parse", "--is-inside-work-tree").strip().equals("true");
        } catch (GitException e) {
            return false;
        }
    }

    /** The commit a ref names (branch, tag, sha, origin/x), if it names one here. */
    Optional<String> resolve(String ref) {
        try {
            return Optional.of(run("rev-parse", "--verify", "--quiet", ref + "^{commit}").strip());
        } catch (GitException e) {
            return Optional.empty();
        }
    }

    /** Checks {@code commit} out, detached, into the empty folder {@code dir}. */
    void addWorktree(Path dir, String commit) {
        run("worktree", "add", "--detach", "--force", dir.toString(), commit);
    }

    void removeWorktree(Path dir) {
        try {
            run("worktree", "remove", "--force", dir.toString());
        } catch (GitException e) {
            // the folder is deleted anyway; prune forgets a worktree whose folder is gone
        }
        try {
            run("worktree", "prune");
        } catch (GitException e) {
            // best effort: a stale worktree entry is harmless and pruned by git itself later
        }
    }

    /** {@code git diff -U0 base head}: changed lines only, which is all the hunk ranges need. */
    String diffWithoutContext(String base, String head) {
        return run("diff", "--no-color", "--no-ext-diff", "-U0", "--no-renames", base, head);
    }

    /**
     * The head lines of the diff GitHub shows for the pull request ({@code base...head}: from the merge base, with
     * three lines of context), where review comments may go.
     */
    String diffAsGitHubShowsIt(String base, String head) {
        return run("diff", "--no-color", "--no-ext-diff", "-U3", "--no-renames", base + "..." + head);
    }

    String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "core.quotepath=off"));
        cmd.addAll(List.of(args));
        java.io.File errFile = null;
        try {
            // stderr to a file: read after stdout, a full stderr pipe could otherwise stall git
            errFile = java.io.File.createTempFile("perfagent-git-", ".err");
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(errFile).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in 5 minutes");
            }
            if (p.exitValue() != 0) {
                String errText = java.nio.file.Files.readString(errFile.toPath(), StandardCharsets.UTF_8);
                String first = errText.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + p.exitValue());
                throw new GitException("git " + String.join(" ", args) + ": " + first);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git " + args[0]);
        } finally {
            if (errFile != null) errFile.delete();
        }
    }
}
