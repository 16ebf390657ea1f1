package dev.perfagent.sandbox.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxUnavailableException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * One long-lived container: started once per sandbox, so that baseline and candidate are measured in
 * the same container, and stopped with it. No network; memory, CPU and process limits for the whole
 * container (each command gets its own rlimits on top); only the capabilities the supervisor needs to
 * change owners and drop to a workspace's uid; never pulled: the image must be built here.
 */
final class ContainerSession implements AutoCloseable {
    static final String SUPERVISOR = "/opt/perfagent/exec.sh";
    /** The CPU-time counter exec.sh runs the command under where the image has python3; see usage.py. */
    static final String COUNTER = "/opt/perfagent/usage.py";
    static final String STATE = "/run/perfagent";

    /**
     * @param image       a local image with bash, coreutils, util-linux (setpriv, prlimit) and GNU time
     * @param memoryBytes the whole container's memory (and memory+swap: no swap)
     * @param cpus        CPUs the container may use
     * @param pids        processes the whole container may have at once (each command has its own, smaller limit)
     */
    record Settings(String image, long memoryBytes, double cpus, long pids) {
        static Settings defaults(String image) {
            return new Settings(image, 4096 * Limits.MIB, Runtime.getRuntime().availableProcessors(), 1024);
        }
    }

    private final GenericContainer<?> container;
    private final Settings settings;
    private boolean countsMicroseconds;
    private boolean countsByCgroup;

    private ContainerSession(GenericContainer<?> container, Settings settings) {
        this.container = container;
        this.settings = settings;
    }

    /** Starts the container; a missing engine or image is a {@link SandboxUnavailableException} saying what to do. */
    static ContainerSession start(Settings s) {
        DockerEngine.problem().ifPresent(p -> {
            throw new SandboxUnavailableException(p);
        });
        DockerEngine.quietLogging();
        DockerClient client = DockerClientFactory.instance().client();
        try {
            client.inspectImageCmd(s.image()).exec();
        } catch (NotFoundException e) {
            throw new SandboxUnavailableException("image " + s.image() + " not found here (perfagent never pulls): build it with"
                    + " 'perfagent sandbox build-image'" + (s.image().equals(SandboxImage.DEFAULT) ? "" : " or docker build/import it"));
        }
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(s.image()))
                .withImagePullPolicy(name -> false)
                .withNetworkMode("none")
                .withCommand("/bin/sleep", "infinity")
                .withCopyToContainer(Transferable.of(resource("exec.sh"), 0755), SUPERVISOR)
                .withCopyToContainer(Transferable.of(resource("usage.py"), 0644), COUNTER)
                .waitingFor(new AbstractWaitStrategy() {
                    @Override
                    protected void waitUntilReady() {
                        // nothing listens: the container is ready once it runs
                    }
                })
                .withStartupTimeout(Duration.ofSeconds(60))
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withMemory(s.memoryBytes())
                        .withMemorySwap(s.memoryBytes())
                        .withNanoCPUs((long) (s.cpus() * 1e9))
                        .withPidsLimit(s.pids())
                        .withCapDrop(com.github.dockerjava.api.model.Capability.ALL)
                        .withCapAdd(com.github.dockerjava.api.model.Capability.CHOWN,
                                com.github.dockerjava.api.model.Capability.DAC_OVERRIDE,
                                com.github.dockerjava.api.model.Capability.FOWNER,
                                com.github.dockerjava.api.model.Capability.SETUID,
                                com.github.dockerjava.api.model.Capability.SETGID,
                                com.github.dockerjava.api.model.Capability.KILL)
                        .withSecurityOpts(List.of("no-new-privileges")));
        c.start();
        ContainerSession session = new ContainerSession(c, s);
        // /ws is traversable but not listable: a workspace's uid finds its own folder and no other
        session.root("/bin/sh", "-c", "mkdir -p -m 0711 " + ContainerWorkspaces.ROOT + " && mkdir -p -m 0700 " + STATE + "/in"
                + " && test -x /usr/bin/time -a -x /usr/bin/setpriv -a -x /usr/bin/prlimit");
        session.countsMicroseconds = session.counterWorks();
        session.countsByCgroup = session.countsMicroseconds && session.cgroupReadable();
        return session;
    }

    GenericContainer<?> container() {
        return container;
    }

    DockerClient client() {
        return container.getDockerClient();
    }

    String id() {
        return container.getContainerId();
    }

    Settings settings() {
        return settings;
    }

    /**
     * Whether CPU time is counted by usage.py (microseconds, every process of the tree) rather than by GNU time
     * (10 ms steps): where the image's python3 runs it. A task's own image may lack python3.
     */
    boolean countsMicroseconds() {
        return countsMicroseconds;
    }

    /**
     * Whether usage.py reads CPU time from the container's own cgroup (every process counted, even one reaped
     * automatically because its parent ignores SIGCHLD, which wait4 never sees): where the container can read it.
     */
    boolean countsByCgroup() {
        return countsByCgroup;
    }

    private boolean cgroupReadable() {
        try {
            Container.ExecResult r = container.execInContainer("/bin/sh", "-c",
                    "test -r /sys/fs/cgroup/cpuacct/cpuacct.usage || grep -q '^usage_usec ' /sys/fs/cgroup/cpu.stat");
            return r.getExitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** usage.py run once on {@code true}: it must write its three numbers and exit 0. */
    private boolean counterWorks() {
        try {
            Container.ExecResult r = container.execInContainer("/bin/sh", "-c", "command -v python3 >/dev/null && f=" + STATE
                    + "/probe && python3 -I -S " + COUNTER + " $f 65534 /bin/true && cat $f && rm -f $f");
            return r.getExitCode() == 0 && r.getStdout().trim().matches("\\d+ \\d+ \\d+");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a housekeeping command as root; its failure is an error of the sandbox, not of a candidate. */
    Container.ExecResult root(String... argv) {
        try {
            Container.ExecResult r = container.execInContainer(argv);
            if (r.getExitCode() != 0) {
                throw new SandboxUnavailableException("the container sandbox failed to run " + String.join(" ", argv)
                        + " (exit " + r.getExitCode() + "): " + r.getStderr().strip()
                        + (argv[0].equals("/bin/sh") ? " — the image needs bash, coreutils, util-linux and GNU time" : ""));
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while preparing the container sandbox", e);
        }
    }

    @Override
    public void close() {
        container.stop();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ContainerSession.class.getResourceAsStream("/dev/perfagent/sandbox/container/" + name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the perfagent jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
