package dev.perfagent.sandbox.local;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A running sandboxed command and everything under it, killed as a whole. Killing the pid namespace's
 * init makes the kernel kill every process in the namespace at once — a fork bomb cannot outrun it the
 * way it outruns a walk over its descendants — and lets the processes above it (bwrap, GNU time) exit
 * normally, so time still writes the usage of the killed run.
 * Trees still alive when perfagent shuts down are killed by a shutdown hook.
 */
final class ProcessTree {
    private static final Set<ProcessTree> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ProcessTree::killNow), "perfagent-sandbox-cleanup"));
    }

    private final Process root;
    private final int namespaceInitDepth;
    private final AtomicBoolean killed = new AtomicBoolean();

    /** @param namespaceInitDepth how many levels below {@code root} the namespace's init runs */
    ProcessTree(Process root, int namespaceInitDepth) {
        this.root = root;
        this.namespaceInitDepth = namespaceInitDepth;
        LIVE.add(this);
    }

    /**
     * Kills the whole tree (once; later calls return at once). First the processes under the namespace's
     * init: the init shell then reaps the command and exits, so its CPU time and memory are still
     * counted. Then, if that was not enough, the init itself, which takes the whole namespace down.
     */
    void kill() {
        if (!killed.compareAndSet(false, true)) return;
        try {
            List<ProcessHandle> inits = atDepth(root.toHandle(), namespaceInitDepth).toList();
            if (!inits.isEmpty()) {
                inits.forEach(i -> i.children().forEach(ProcessHandle::destroyForcibly));
                if (root.waitFor(300, TimeUnit.MILLISECONDS)) return;
                inits.forEach(ProcessHandle::destroyForcibly);
                if (root.waitFor(1, TimeUnit.SECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // not started far enough to have a namespace, or something above it hangs: take everything down
        killNow();
    }

    /** Kills whatever is left (once the root has exited, nothing should be). */
    void killNow() {
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }

    boolean killed() {
        return killed.get();
    }

    void forget() {
        LIVE.remove(this);
    }

    private static Stream<ProcessHandle> atDepth(ProcessHandle h, int depth) {
        return depth == 0 ? Stream.of(h) : h.children().flatMap(c -> atDepth(c, depth - 1));
    }
}
