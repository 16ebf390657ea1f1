package dev.perfagent.agent.pr;

import dev.perfagent.sandbox.Workspace;

/**
 * The base and head commits checked out side by side in temporary folders (git worktrees, so nothing of the
 * user's own checkout changes), each a sandbox {@link Workspace}; closing removes both.
 */
final class Worktrees implements AutoCloseable {
    private final Git git;
    private final Workspace base;
    private final Workspace head;

    private Worktrees(Git git, Workspace base, Workspace head) {
        this.git = git;
        this.base = base;
        this.head = head;
    }

    static Worktrees checkout(Git git, String baseCommit, String headCommit) {
        Workspace base = Workspace.create("pr-base");
        Workspace head = Workspace.create("pr-head");
        Worktrees w = new Worktrees(git, base, head);
        try {
            git.addWorktree(base.dir(), baseCommit);
            git.addWorktree(head.dir(), headCommit);
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    Workspace base() {
        return base;
    }

    Workspace head() {
        return head;
    }

    @Override
    public void close() {
        for (Workspace ws : new Workspace[] {base, head}) {
            git.removeWorktree(ws.dir());
            ws.close();
        }
    }
}
