package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.GpuDevices;
import dev.perfagent.sandbox.Limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bubblewrap command line. The sandbox sees a root of its own: the system folders read-only, the
 * workspace at {@code /workspace}, private {@code /tmp}, {@code /dev/shm} and {@code /proc}, an empty
 * {@code /sys}, and nothing else of the host — not its home, not the task folder with the reference
 * outputs. {@code --ro-bind / /} would have been simpler and would have shown all of that.
 */
final class BwrapLauncher implements Launcher {
    static final Path DEFAULT_BWRAP = Path.of("/usr/bin/bwrap");
    static final String WORKSPACE = "/workspace";

    /** Bound read-only when they exist; on merged-/usr systems most are symlinks into /usr, recreated as such. */
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/etc", "/opt");
    /** Readable inside when the sandbox's uid maps to host root; hidden behind /dev/null. */
    private static final List<String> MASKED_FILES = List.of("/etc/shadow", "/etc/gshadow");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    private final Path bwrap;
    private final List<String> systemArgs;
    /** {@code --size} for tmpfs exists from bubblewrap 0.7. */
    private final boolean sizedTmpfs;
    /** {@code --disable-userns} exists from bubblewrap 0.8. */
    private final boolean disableUserns;
    /** The compiled syscall filter, handed to bwrap as fd 3; empty on architectures it is not written for. */
    private final Optional<Path> seccomp;
    /** Host folders hidden inside even where a system folder above them is shown: the task folders. */
    private final Set<Path> hidden = ConcurrentHashMap.newKeySet();

    BwrapLauncher(Path bwrap) {
        this.bwrap = bwrap;
        int[] v = version(bwrap);
        this.sizedTmpfs = v[0] > 0 || v[1] >= 7;
        this.disableUserns = v[0] > 0 || v[1] >= 8;
        this.systemArgs = systemFolderArgs();
        this.seccomp = SeccompFilter.write();
    }

    @Override
    public void hide(Path hostPath) {
        hidden.add(realPath(hostPath.toAbsolutePath().normalize()));
    }

    boolean filtersSyscalls() {
        return seccomp.isPresent();
    }

    @Override
    public Launch prepare(Path workspace, ExecSpec spec, boolean processesByCgroup) {
        List<String> a = new ArrayList<>();
        a.add(bwrap.toString());
        boolean root = SandboxUser.dropsRoot();
        if (root) {
            // started by root: no user namespace (it would map the sandbox onto host root, see SandboxUser); bwrap
            // builds the other namespaces with root's rights, and the command then drops to the unprivileged uid
            // with setpriv, for which bwrap leaves it exactly the three capabilities that needs
            SandboxUser.handOver(workspace, spec.workspaceWritable());
            a.addAll(List.of("--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try"));
            a.addAll(List.of("--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP"));
        } else {
            // --unshare-all only tries a user namespace; stated, its absence is an error instead of a quietly
            // weaker sandbox. --disable-userns (which needs it stated) keeps the candidate from nesting another:
            // kernel attack surface that no program under test needs
            a.addAll(List.of("--unshare-all", "--unshare-user"));
            if (disableUserns) a.add("--disable-userns");
            // the same identity inside whoever starts perfagent; RLIMIT_NPROC then counts this namespace's processes
            a.addAll(List.of("--uid", "1000", "--gid", "1000", "--cap-drop", "ALL"));
        }
        a.addAll(List.of("--die-with-parent", "--new-session", "--as-pid-1"));
        a.addAll(systemArgs);
        long tmpBytes = Math.max(64 * Limits.MIB, spec.limits().fileSizeBytes());
        a.addAll(List.of("--dev", "/dev"));
        if (spec.gpu()) for (Path d : GpuDevices.nodes()) a.addAll(List.of("--dev-bind", d.toString(), d.toString()));
        a.addAll(tmpfs("/dev/shm", tmpBytes));
        // /dev itself is an unsized tmpfs: read-only, nothing can be stored there (its devices stay writable)
        a.addAll(List.of("--remount-ro", "/dev"));
        a.addAll(List.of("--proc", "/proc"));
        // the kernel's knobs: the namespaced ones (ipc, net) would be writable, and none is the program's business
        a.addAll(List.of("--ro-bind", "/proc/sys", "/proc/sys"));
        a.addAll(tmpfs("/tmp", tmpBytes));
        // the host's /sys lists its network interfaces and devices; the program needs none of it
        // (CUDA reads the driver's state under /proc/driver/nvidia, which --proc shows, and finds its devices in /dev)
        a.addAll(List.of("--tmpfs", "/sys", "--remount-ro", "/sys"));
        for (Path bind : spec.readOnlyBinds()) {
            Path abs = bind.toAbsolutePath().normalize();
            if (coveredBySystemFolders(abs)) continue;
            // bwrap would copy the host folders' modes onto the parents it creates (root's home is 0700)
            for (int i = 1; i < abs.getNameCount(); i++) {
                a.addAll(List.of("--perms", "0755", "--dir", abs.getRoot().resolve(abs.subpath(0, i)).toString()));
            }
            a.addAll(List.of("--ro-bind", abs.toString(), abs.toString()));
        }
        // a task under /opt or /usr would otherwise be readable, its reference outputs with it: an empty
        // read-only folder covers it
        for (Path h : hidden) {
            if (coveredBySystemFolders(h) && Files.isDirectory(h, LinkOption.NOFOLLOW_LINKS)) {
                a.addAll(List.of("--tmpfs", h.toString(), "--remount-ro", h.toString()));
            }
        }
        a.addAll(List.of(spec.workspaceWritable() ? "--bind" : "--ro-bind", workspace.toAbsolutePath().toString(), WORKSPACE));
        // the root itself is a tmpfs without a size limit: read-only, so the only writable places are sized
        a.addAll(List.of("--remount-ro", "/"));
        // bwrap itself, as root without CAP_DAC_OVERRIDE, cannot enter the workspace it handed over: the init does
        if (!root) a.addAll(List.of("--chdir", WORKSPACE));
        // the filter is opened by the host step (see HostStep) and reaches bwrap as fd 3
        if (seccomp.isPresent()) a.addAll(List.of("--seccomp", "3"));
        if (root) a.addAll(SandboxUser.prefix(spec.readOnlyBinds()));
        a.addAll(Rlimits.init(spec.limits(), processesByCgroup, root ? Optional.of(WORKSPACE) : Optional.empty()));
        a.addAll(spec.command());
        // bwrap passes its own environment on; it is set whole here (no --clearenv needed, and nothing
        // of perfagent's environment, LD_PRELOAD included, reaches bwrap itself)
        Map<String, String> env = new HashMap<>(ExecSpec.baseEnvironment());
        env.putAll(spec.env());
        return new Launch(a, workspace, env, seccomp);
    }

    @Override
    public String name() {
        return "bwrap";
    }

    @Override
    public String description() {
        return "bwrap: own filesystem view (system folders read-only, the workspace, private /tmp), no network, own pid/ipc/uts"
                + (SandboxUser.dropsRoot() ? " namespaces, host uid " + HostUser.UNPRIVILEGED_UID + " without capabilities" : "/user namespaces")
                + (seccomp.isPresent() ? ", syscall filter" : ", NO syscall filter (not x86-64)");
    }

    /** A private tmpfs anyone may write (sticky, as /tmp is): under root, bwrap would make it root's only. */
    private List<String> tmpfs(String dest, long bytes) {
        return sizedTmpfs ? List.of("--perms", "01777", "--size", Long.toString(bytes), "--tmpfs", dest)
                : List.of("--perms", "01777", "--tmpfs", dest);
    }

    private static List<String> systemFolderArgs() {
        List<String> a = new ArrayList<>();
        for (String folder : SYSTEM_FOLDERS) {
            Path p = Path.of(folder);
            if (!Files.exists(p)) continue;
            if (Files.isSymbolicLink(p) && realPath(p).startsWith(Path.of("/usr"))) {
                a.addAll(List.of("--symlink", readLink(p), folder));
            } else if (Files.isDirectory(p)) {
                a.addAll(List.of("--ro-bind", folder, folder));
            }
        }
        for (String f : MASKED_FILES) {
            if (Files.exists(Path.of(f))) a.addAll(List.of("--ro-bind", "/dev/null", f));
        }
        return List.copyOf(a);
    }

    private static boolean coveredBySystemFolders(Path p) {
        Path real = realPath(p);
        return SYSTEM_FOLDERS.stream().anyMatch(f -> real.startsWith(Path.of(f)) && Files.isDirectory(Path.of(f)) && !Files.isSymbolicLink(Path.of(f)));
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return realPath(p).toString();
        }
    }

    /** {major, minor} of {@code bwrap --version}; {0, 0} when it cannot be read (no optional flags then). */
    private static int[] version(Path bwrap) {
        try {
            Process p = new ProcessBuilder(bwrap.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = VERSION.matcher(out);
            if (m.find()) return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        } catch (IOException e) {
            // reported by the probe in LocalSandbox.detect()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new int[]{0, 0};
    }
}
