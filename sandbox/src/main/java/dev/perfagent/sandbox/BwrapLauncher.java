package dev.perfagent.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    BwrapLauncher(Path bwrap) {
        this.bwrap = bwrap;
        int[] v = version(bwrap);
        this.sizedTmpfs = v[0] > 0 || v[1] >= 7;
        this.disableUserns = v[0] > 0 || v[1] >= 8;
        this.systemArgs = systemFolderArgs();
    }

    @Override
    public Launch prepare(Path workspace, ExecSpec spec) {
        List<String> a = new ArrayList<>();
        a.add(bwrap.toString());
        // --unshare-all only tries a user namespace; stated, its absence is an error instead of a quietly
        // weaker sandbox. --disable-userns (which needs it stated) keeps the candidate from nesting another:
        // kernel attack surface that no program under test needs
        a.addAll(List.of("--unshare-all", "--unshare-user"));
        if (disableUserns) a.add("--disable-userns");
        // the same unprivileged identity inside whoever starts perfagent; RLIMIT_NPROC then counts this
        // namespace's processes only (except under root, whose uid the kernel exempts: see PidsCgroup)
        a.addAll(List.of("--uid", "1000", "--gid", "1000"));
        a.addAll(List.of("--die-with-parent", "--new-session", "--cap-drop", "ALL", "--as-pid-1"));
        a.addAll(systemArgs);
        long tmpBytes = Math.max(64 * Limits.MIB, spec.limits().fileSizeBytes());
        a.addAll(List.of("--dev", "/dev"));
        if (spec.gpu()) a.addAll(GpuDevices.bwrapArgs());
        a.addAll(tmpfs("/dev/shm", tmpBytes));
        a.addAll(List.of("--proc", "/proc"));
        a.addAll(tmpfs("/tmp", tmpBytes));
        // the host's /sys lists its network interfaces and devices; the program needs none of it
        // (CUDA reads the driver's state under /proc/driver/nvidia, which --proc shows, and finds its devices in /dev)
        a.addAll(List.of("--tmpfs", "/sys", "--remount-ro", "/sys"));
        for (Path bind : spec.readOnlyBinds()) {
            Path abs = bind.toAbsolutePath().normalize();
            if (!coveredBySystemFolders(abs)) a.addAll(List.of("--ro-bind", abs.toString(), abs.toString()));
        }
        a.addAll(List.of(spec.workspaceWritable() ? "--bind" : "--ro-bind", workspace.toAbsolutePath().toString(), WORKSPACE));
        // the root itself is a tmpfs without a size limit: read-only, so the only writable places are sized
        a.addAll(List.of("--remount-ro", "/"));
        a.addAll(List.of("--chdir", WORKSPACE));
        a.addAll(Rlimits.prefix(spec.limits()));
        a.addAll(Launcher.init());
        a.addAll(spec.command());
        // bwrap passes its own environment on; it is set whole here (no --clearenv needed, and nothing
        // of perfagent's environment, LD_PRELOAD included, reaches bwrap itself)
        Map<String, String> env = new HashMap<>(Launcher.baseEnvironment());
        env.putAll(spec.env());
        return new Launch(a, workspace, env);
    }

    @Override
    public String name() {
        return "bwrap";
    }

    @Override
    public String description() {
        return "bwrap: own filesystem view (system folders read-only, the workspace, private /tmp), no network, own pid/ipc/uts/user namespaces";
    }

    private List<String> tmpfs(String dest, long bytes) {
        return sizedTmpfs ? List.of("--size", Long.toString(bytes), "--tmpfs", dest) : List.of("--tmpfs", dest);
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
