package dev.perfagent.agent.repo;

import java.nio.file.Path;

/**
 * Puts a verified patch where the user asked for it, and nowhere else: {@code --apply} applies it to the working tree
 * with {@code git apply} (checked first, so a tree that changed meanwhile is left as it was); {@code --branch NAME}
 * commits it on a new branch made in a temporary worktree, so the user's checkout and its current branch stay as they
 * are.
 */
public final class PatchDelivery {
    private PatchDelivery() {
    }

    /** Thrown with a one-line reason the user can act on. */
    public static final class DeliveryException extends Exception {
        public DeliveryException(String message) {
            super(message);
        }
    }

    /** Applies {@code patch} (paths relative to {@code repo}) to the working tree. */
    public static String apply(Path repo, Path patch) throws DeliveryException {
        String[] dirArgs = Git.isCheckout(repo) && !Git.prefix(repo).isEmpty()
                ? new String[]{"--directory=" + Git.prefix(repo).replaceAll("/$", "")} : new String[0];
        // outside a checkout git apply patches relative to the current folder, like patch -p1
        Path where = Git.isCheckout(repo) ? topLevel(repo) : repo;
        RepoFiles.Result check = Git.run(where, concat(new String[]{"apply", "--check"}, dirArgs, patch.toAbsolutePath().toString()));
        if (!check.ok()) throw new DeliveryException("the patch does not apply to " + repo + " as it is now: " + firstLine(check.output())
                + "; it is kept at " + patch);
        RepoFiles.Result r = Git.run(where, concat(new String[]{"apply"}, dirArgs, patch.toAbsolutePath().toString()));
        if (!r.ok()) throw new DeliveryException("git apply failed: " + firstLine(r.output()));
        return "applied " + patch + " to " + repo;
    }

    /** Commits {@code patch} on a new branch {@code name} from HEAD, without touching the user's checkout. */
    public static String branch(Path repo, Path patch, String name, String message) throws DeliveryException {
        if (!Git.isCheckout(repo)) throw new DeliveryException("--branch needs a git repository; " + repo + " is not one (use --apply)");
        if (Git.run(repo, "rev-parse", "--verify", "--quiet", "refs/heads/" + name).ok()) {
            throw new DeliveryException("branch " + name + " already exists; choose another --branch name");
        }
        Path top = topLevel(repo);
        String prefix = Git.prefix(repo).replaceAll("/$", "");
        Path tree;
        try {
            tree = java.nio.file.Files.createTempDirectory("perfagent-branch-");
            java.nio.file.Files.delete(tree);
        } catch (java.io.IOException e) {
            throw new DeliveryException("cannot make a temporary folder: " + e.getMessage());
        }
        RepoFiles.Result add = Git.run(top, "worktree", "add", "-q", "-b", name, tree.toString(), "HEAD");
        if (!add.ok()) throw new DeliveryException("git worktree add failed: " + firstLine(add.output()));
        try {
            String[] dirArgs = prefix.isEmpty() ? new String[0] : new String[]{"--directory=" + prefix};
            RepoFiles.Result ap = Git.run(tree, concat(new String[]{"apply", "--index"}, dirArgs, patch.toAbsolutePath().toString()));
            if (!ap.ok()) {
                Git.run(top, "branch", "-D", name);
                throw new DeliveryException("the patch does not apply to HEAD: " + firstLine(ap.output()) + "; it is kept at " + patch);
            }
            RepoFiles.Result c = Git.run(tree, "-c", "user.name=perfagent", "-c", "user.email=perfagent@localhost",
                    "commit", "-q", "--no-verify", "-m", message);
            if (!c.ok()) throw new DeliveryException("git commit failed: " + firstLine(c.output()));
            return "committed the patch on branch " + name + " (your checkout is unchanged)";
        } finally {
            Git.run(top, "worktree", "remove", "--force", tree.toString());
        }
    }

    private static Path topLevel(Path repo) {
        return Path.of(Git.run(repo, "rev-parse", "--show-toplevel").output().strip());
    }

    private static String[] concat(String[] a, String[] b, String last) {
        String[] out = new String[a.length + b.length + 1];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        out[out.length - 1] = last;
        return out;
    }

    private static String firstLine(String s) {
        return s.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
