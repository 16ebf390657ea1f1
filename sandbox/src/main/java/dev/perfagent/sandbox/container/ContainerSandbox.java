package dev.perfagent.sandbox.container;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.SandboxUnavailableException;
import dev.perfagent.sandbox.Workspace;
import org.testcontainers.utility.MountableFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs commands in one long-lived Docker container (Testcontainers), started when the sandbox is made
 * and stopped when it is closed, so that baseline and candidate share a container. Per command, the
 * supervisor {@code exec.sh} inside runs it as the workspace's own uid with rlimits, a wall-clock kill of
 * every process of that uid, and usage.py (GNU time where the image has no python3) for CPU and peak memory; afterwards it sweeps the uid's
 * processes, files in the shared writable folders and IPC objects away, so that nothing survives into
 * the next command (as a fresh bubblewrap namespace guarantees for {@link LocalSandbox}).
 * <p>What enters the container: the workspace, the stdin files, folders a toolchain needs that the
 * image lacks. Never the task folder: reference outputs are compared on the host.
 * Commands run one at a time (a lock), which measurement wants anyway.
 */
public final class ContainerSandbox implements Sandbox {
    private final ContainerSession session;
    private final ContainerWorkspaces workspaces = new ContainerWorkspaces();
    private final Map<String, String> inputs = new HashMap<>();
    private final Map<Path, Boolean> bindsPresent = new HashMap<>();

    private ContainerSandbox(ContainerSession session) {
        this.session = session;
    }

    /** A sandbox in a container of {@code image}, which must exist locally. */
    public static ContainerSandbox start(String image) {
        return new ContainerSandbox(ContainerSession.start(ContainerSession.Settings.defaults(image)));
    }

    @Override
    public synchronized ExecResult exec(Workspace workspace, ExecSpec spec) {
        ContainerWorkspaces.Copy ws = workspaces.sync(workspace, session);
        for (Path bind : spec.readOnlyBinds()) provide(bind);
        String stdin = spec.stdin().map(this::input).orElse("-");
        String mode = spec.workspaceWritable() ? "rw" : "ro";
        Limits l = spec.limits();
        List<String> argv = new ArrayList<>(List.of("/bin/bash", ContainerSession.SUPERVISOR,
                Integer.toString(ws.uid), ws.dir, stdin, Long.toString(Math.max(1, l.wallTime().toMillis())),
                Long.toString(Math.max(1, (l.cpuTime().toMillis() + 999) / 1000)), Long.toString(l.memoryBytes()),
                Integer.toString(l.processes()), Long.toString(l.fileSizeBytes()), Integer.toString(l.openFiles()),
                mode.equals(ws.mode) ? "keep" : mode, session.countsMicroseconds() ? "usage" : "time"));
        Map<String, String> env = new HashMap<>(ExecSpec.baseEnvironment());
        env.putAll(spec.env());
        env.forEach((k, v) -> argv.add(k + "=" + v));
        argv.add("--");
        argv.addAll(spec.command());
        ExecResult r = ContainerCommand.run(session, argv, l, workspaces.takeGone(), () -> killAll(ws.uid));
        ws.mode = mode;
        if (spec.workspaceWritable()) workspaces.copyOut(workspace, ws, session.client(), session.id());
        return r;
    }

    @Override
    public String name() {
        return "container";
    }

    /** 1 µs where the container's cgroup or usage.py (wait4's rusage of the tree) counts CPU time, else GNU time's 10 ms. */
    @Override
    public Duration cpuTimeResolution() {
        return session.countsMicroseconds() ? Duration.ofNanos(1000) : Duration.ofMillis(10);
    }

    @Override
    public String isolation() {
        var s = session.settings();
        return "container (" + s.image() + "): no network, own filesystem (workspace copied in), a uid per workspace,"
                + " " + (s.memoryBytes() / Limits.MIB) + " MiB / " + s.cpus() + " CPUs / " + s.pids() + " pids for the container"
                + (session.countsByCgroup() ? ", CPU time from its cgroup" : session.countsMicroseconds()
                ? ", CPU time from wait4 (its cgroup is unreadable: a child reaped automatically escapes it)" : ", CPU time from GNU time");
    }

    @Override
    public void close() {
        session.close();
    }

    /** Kills every process of a workspace's uid, from outside the command's own supervisor (output flood, stuck exec). */
    private void killAll(int uid) {
        try {
            session.root("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "/bin/bash", "-c", "kill -KILL -1 2>/dev/null; true");
        } catch (SandboxUnavailableException e) {
            // killed itself by the supervisor's own sweep of the same uid, which ran at the same moment: the uid's processes are gone either way
        }
    }

    /** The container path of a stdin file, copied in (root-only) the first time it is used and again when it changes. */
    private String input(Path host) {
        try {
            Path abs = host.toAbsolutePath().normalize();
            String key = abs + "\0" + Files.size(abs) + "\0" + Files.getLastModifiedTime(abs).toMillis();
            String inside = inputs.get(key);
            if (inside == null) {
                inside = ContainerSession.STATE + "/in/" + (inputs.size() + 1);
                session.container().copyFileToContainer(MountableFile.forHostPath(abs, 0600), inside);
                inputs.put(key, inside);
            }
            return inside;
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot read the input " + host + ": " + e.getMessage(), e);
        }
    }

    /**
     * A host folder a toolchain asks for (a JDK, ~/.m2): used from the image where the image has it
     * at that path (the image's own JDK, built for it), else copied in once, readable by every uid.
     */
    private void provide(Path bind) {
        Path abs = bind.toAbsolutePath().normalize();
        if (bindsPresent.containsKey(abs)) return;
        boolean present = exists(abs.toString());
        if (!present && Files.exists(abs)) {
            System.err.println("perfagent: copying " + abs + " into the container sandbox (the image does not have it)");
            session.container().copyFileToContainer(MountableFile.forHostPath(abs), abs.toString());
            session.root("chmod", "-R", "a+rX", abs.toString());
        }
        bindsPresent.put(abs, true);
    }

    private boolean exists(String path) {
        try {
            return session.container().execInContainer("test", "-e", path).getExitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How long past its own wall limit a command may take before the sandbox stops waiting on the supervisor. */
    static Duration grace(Limits l) {
        return l.wallTime().plusSeconds(10);
    }
}
