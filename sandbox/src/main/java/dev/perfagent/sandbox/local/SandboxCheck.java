package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.KillReason;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Workspace;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What holds on this machine, found by running probes in the local sandbox rather than by reading its settings:
 * who the candidate is on the host, whether the kernel's knobs, /dev and its stdin can be used against the host,
 * whether the syscall filter is on, how memory, processes and CPU time are bounded and counted.
 * {@code perfagent sandbox check} prints it.
 */
public final class SandboxCheck {

    /** One protection: whether it holds here, and what was seen. */
    public record Finding(String name, boolean holds, String detail) {
    }

    private static final String PROBE = """
            echo "uid=$(id -u)"
            echo "uid_map=$(tr -s ' ' < /proc/self/uid_map | sed 's/^ //')"
            grep -E '^(CapEff|Seccomp|NoNewPrivs):' /proc/self/status | tr -d '\\t' | sed 's/:/=/'
            echo "sysctl_writable=$(find /proc/sys -type f -writable 2>/dev/null | wc -l)"
            echo "sys_entries=$(ls -A /sys | wc -l)"
            echo "stdin=$(readlink /proc/self/fd/0)"
            touch /dev/.probe 2>/dev/null && echo dev=writable || echo dev=read-only
            touch made-inside
            echo "net=$(grep : /proc/net/dev | cut -d: -f1 | tr -d ' ' | tr '\\n' ' ')"
            python3 -c "import ctypes,os; l=ctypes.CDLL(None,use_errno=True); r=l.unshare(0x10000000); print('unshare=' + ('allowed' if r == 0 else os.strerror(ctypes.get_errno())))" 2>/dev/null || echo unshare=unknown
            echo "tmp=$(df -m /tmp | awk 'NR==2{print $2}')"
            """;

    private SandboxCheck() {
    }

    /** Runs the probes; each finding says whether the protection holds here. */
    public static List<Finding> run(LocalSandbox sandbox) {
        List<Finding> f = new ArrayList<>();
        Limits limits = new Limits(Duration.ofSeconds(20), Duration.ofSeconds(20), 512 * Limits.MIB, 64, 64 * Limits.MIB, 256, Limits.MIB);
        try (Workspace ws = Workspace.create("check")) {
            Path input = ws.resolve("probe.in");
            Files.writeString(input, "probe\n");
            ExecResult r = sandbox.exec(ws, ExecSpec.shell(PROBE, limits).writable().withStdin(input));
            Map<String, String> seen = new TreeMap<>();
            r.stdout().lines().filter(l -> l.contains("=")).forEach(l -> seen.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            Path made = ws.resolve("made-inside");
            long owner = Files.exists(made, LinkOption.NOFOLLOW_LINKS) ? (Integer) Files.getAttribute(made, "unix:uid", LinkOption.NOFOLLOW_LINKS) : -1;
            String caps = seen.getOrDefault("CapEff", "?");
            f.add(new Finding("host user", owner > 0 && caps.matches("0+"), "the candidate is host uid " + owner
                    + (owner == HostUser.UNPRIVILEGED_UID ? " (nobody)" : "") + " (inside: uid " + seen.get("uid") + ", uid_map \""
                    + seen.get("uid_map") + "\"), capabilities " + caps + (HostUser.isRoot() ? "; perfagent runs as root and drops it" : "")));
            String writable = seen.getOrDefault("sysctl_writable", "?");
            f.add(new Finding("kernel knobs", "0".equals(writable) && "0".equals(seen.get("sys_entries")),
                    writable + " writable files under /proc/sys, " + seen.get("sys_entries") + " entries in /sys"));
            boolean filtered = "2".equals(seen.get("Seccomp"));
            f.add(new Finding("syscall filter", filtered && !"allowed".equals(seen.get("unshare")), filtered
                    ? "seccomp on (" + SeccompFilter.DENIED.size() + " syscalls refused, clone with namespace flags refused); unshare(CLONE_NEWUSER): " + seen.get("unshare")
                    : "NO seccomp filter here (" + (SeccompFilter.supported() ? "bwrap did not apply it" : "only x86-64 has one") + "); no_new_privs " + seen.get("NoNewPrivs")));
            String stdin = seen.getOrDefault("stdin", "?");
            f.add(new Finding("stdin", stdin.startsWith("pipe:"), "the program reads its input from " + stdin + (stdin.startsWith("pipe:") ? " (never a host file)" : "")));
            f.add(new Finding("/dev and /tmp", "read-only".equals(seen.get("dev")), "/dev " + seen.get("dev") + ", /tmp a private tmpfs of " + seen.get("tmp") + " MiB"));
            String net = seen.getOrDefault("net", "?").strip();
            f.add(new Finding("network", net.equals("lo"), "interfaces visible: " + net + (net.equals("lo") ? " (loopback only)" : "")));
            String memory = sandbox.memoryLimitedByCgroup() ? memoryProbe(sandbox, ws) : "";
            f.add(new Finding("memory", sandbox.memoryLimitedByCgroup() && !memory.contains("BUT"), sandbox.memoryLimitedByCgroup()
                    ? "a cgroup per command (memory + swap), shared and tmpfs pages counted" + memory
                    : "FALLBACK: RLIMIT_DATA per process only (no memory cgroup can be made here" + (HostUser.isRoot() ? "" : ": perfagent is not root") + ")"));
            f.add(new Finding("processes", !sandbox.isolation().contains("NOT enforced"), HostUser.isRoot()
                    ? (sandbox.isolation().contains("NOT enforced") ? "NOT enforced: no pids cgroup" : "a pids cgroup per command")
                    : "RLIMIT_NPROC in the sandbox's own user namespace"));
            Duration res = sandbox.cpuTimeResolution();
            f.add(new Finding("CPU time", res.compareTo(Duration.ofMillis(1)) < 0, res.compareTo(Duration.ofMillis(1)) < 0
                    ? "counted by a cgroup (" + res.toNanos() + " ns steps): every process, however it was reaped"
                    : "FALLBACK: GNU time (10 ms steps, wait4: a child reaped automatically escapes it); verdicts then lean on wall time"));
        } catch (java.io.IOException e) {
            f.add(new Finding("probe", false, "could not run: " + e.getMessage()));
        }
        return f;
    }

    private static String memoryProbe(LocalSandbox sandbox, Workspace ws) {
        Limits small = new Limits(Duration.ofSeconds(20), Duration.ofSeconds(20), 64 * Limits.MIB, 64, 64 * Limits.MIB, 256, Limits.MIB);
        ExecResult r = sandbox.exec(ws, ExecSpec.of(List.of("python3", "-c",
                "import mmap\nm = mmap.mmap(-1, 512 << 20, flags=mmap.MAP_SHARED)\nfor i in range(0, 512 << 20, 4096): m[i] = 1\nprint('used')"), small));
        return r.killedBy().filter(KillReason.MEMORY::equals).isPresent()
                ? "; a 512 MiB shared mapping under 64 MiB was killed" : "; BUT a 512 MiB shared mapping under 64 MiB was not stopped (" + r.describeEnd() + ")";
    }
}
