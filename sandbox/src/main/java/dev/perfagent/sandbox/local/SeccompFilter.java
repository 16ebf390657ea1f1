package dev.perfagent.sandbox.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The syscall filter bubblewrap installs before it execs the command ({@code --seccomp FD}): a classic BPF
 * program, written here byte by byte so that no compiler or libseccomp is needed at run time. It denies (EPERM)
 * what no benchmark needs and what kernel exploits and escapes live on: keyrings, ptrace and reading other
 * processes' memory, mounts, new namespaces (unshare, setns, clone with a CLONE_NEW* flag), module and kexec
 * loading, bpf, userfaultfd, io_uring, file handles (open_by_handle_at), clock and host-name changes.
 * {@code clone3} answers ENOSYS, whose flags a filter cannot read (they sit in memory): libc then falls back to
 * {@code clone}, whose flags are checked. {@code perf_event_open} stays allowed: perf and async-profiler sample
 * the program with it, and the kernel's perf_event_paranoid still governs it. Any architecture other than
 * x86-64 (a 32-bit {@code int 0x80} entry, x32) is killed or denied: its syscall numbers mean other things.
 */
final class SeccompFilter {
    /** AUDIT_ARCH_X86_64. */
    private static final int ARCH_X86_64 = 0xC000003E;
    private static final int X32_BIT = 0x40000000;
    private static final int CLONE = 56;
    private static final int CLONE3 = 435;
    /** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME. */
    private static final int CLONE_NEW_ANY = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000
            | 0x20000000 | 0x40000000 | 0x00000080;

    /** x86-64 numbers of the denied syscalls, by name (for docs and {@code perfagent sandbox check}). */
    static final List<Denied> DENIED = List.of(
            new Denied("ptrace", 101), new Denied("process_vm_readv", 310), new Denied("process_vm_writev", 311),
            new Denied("pidfd_getfd", 438), new Denied("process_madvise", 440), new Denied("kcmp", 312),
            new Denied("add_key", 248), new Denied("request_key", 249), new Denied("keyctl", 250),
            new Denied("mount", 165), new Denied("umount2", 166), new Denied("pivot_root", 155), new Denied("chroot", 161),
            new Denied("open_tree", 428), new Denied("move_mount", 429), new Denied("fsopen", 430), new Denied("fsconfig", 431),
            new Denied("fsmount", 432), new Denied("fspick", 433), new Denied("mount_setattr", 442),
            new Denied("unshare", 272), new Denied("setns", 308),
            new Denied("kexec_load", 246), new Denied("kexec_file_load", 320), new Denied("reboot", 169),
            new Denied("init_module", 175), new Denied("finit_module", 313), new Denied("delete_module", 176),
            new Denied("bpf", 321), new Denied("userfaultfd", 323),
            new Denied("io_uring_setup", 425), new Denied("io_uring_enter", 426), new Denied("io_uring_register", 427),
            new Denied("name_to_handle_at", 303), new Denied("open_by_handle_at", 304),
            new Denied("acct", 163), new Denied("swapon", 167), new Denied("swapoff", 168), new Denied("quotactl", 179),
            new Denied("sethostname", 170), new Denied("setdomainname", 171), new Denied("iopl", 172), new Denied("ioperm", 173),
            new Denied("syslog", 103), new Denied("vhangup", 153), new Denied("settimeofday", 164), new Denied("adjtimex", 159),
            new Denied("clock_settime", 227), new Denied("clock_adjtime", 305), new Denied("uselib", 134),
            new Denied("_sysctl", 156), new Denied("lookup_dcookie", 212), new Denied("fanotify_init", 300));

    record Denied(String name, int number) {
    }

    private static final int LD_W_ABS = 0x20;
    private static final int JEQ = 0x15;
    private static final int JGE = 0x35;
    private static final int JSET = 0x45;
    private static final int RET = 0x06;
    private static final int RET_ALLOW = 0x7fff0000;
    private static final int RET_KILL_PROCESS = 0x80000000;
    private static final int RET_ERRNO = 0x00050000;
    private static final int EPERM = 1;
    private static final int ENOSYS = 38;

    private SeccompFilter() {
    }

    /** Whether this machine's syscall numbers are the ones the filter is written for. */
    static boolean supported() {
        String arch = System.getProperty("os.arch", "");
        return System.getProperty("os.name", "").equals("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** Writes the filter to a private temporary file (0600, gone at exit); empty where the architecture is not x86-64. */
    static Optional<Path> write() {
        if (!supported()) return Optional.empty();
        try {
            Path f = Files.createTempFile("perfagent-seccomp-", ".bpf");
            f.toFile().deleteOnExit();
            Files.write(f, program());
            return Optional.of(f);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The program as the kernel's struct sock_filter array: {u16 code, u8 jt, u8 jf, u32 k}, native byte order. */
    static byte[] program() {
        List<int[]> p = new ArrayList<>();
        int n = DENIED.size();
        // the layout, so that every jump goes forward (classic BPF has no other):
        //   0 ld arch; 1 jeq x86-64 ? 3 : 2; 2 kill; 3 ld nr; 4 jge x32 ? DENY
        //   5.. jeq denied_i ? DENY; jeq clone ? CLONE_CHECK; jeq clone3 ? NOSYS; ret allow
        //   CLONE_CHECK: ld args[0]; jset CLONE_NEW_ANY ? DENY; ret allow; DENY; NOSYS
        int firstDenied = 5;
        int cloneEq = firstDenied + n;
        int clone3Eq = cloneEq + 1;
        int allow = clone3Eq + 1;
        int cloneCheck = allow + 1;
        int jset = cloneCheck + 1;
        int allow2 = jset + 1;
        int deny = allow2 + 1;
        int nosys = deny + 1;
        p.add(op(LD_W_ABS, 0, 0, 4));
        p.add(op(JEQ, 1, 0, ARCH_X86_64));
        p.add(op(RET, 0, 0, RET_KILL_PROCESS));
        p.add(op(LD_W_ABS, 0, 0, 0));
        p.add(op(JGE, jump(4, deny), 0, X32_BIT));
        for (int i = 0; i < n; i++) p.add(op(JEQ, jump(firstDenied + i, deny), 0, DENIED.get(i).number()));
        p.add(op(JEQ, jump(cloneEq, cloneCheck), 0, CLONE));
        p.add(op(JEQ, jump(clone3Eq, nosys), 0, CLONE3));
        p.add(op(RET, 0, 0, RET_ALLOW));
        // seccomp_data.args[0], its low 32 bits on a little-endian machine: clone's flags
        p.add(op(LD_W_ABS, 0, 0, 16));
        p.add(op(JSET, jump(jset, deny), 0, CLONE_NEW_ANY));
        p.add(op(RET, 0, 0, RET_ALLOW));
        p.add(op(RET, 0, 0, RET_ERRNO | EPERM));
        p.add(op(RET, 0, 0, RET_ERRNO | ENOSYS));
        ByteBuffer b = ByteBuffer.allocate(p.size() * 8).order(ByteOrder.nativeOrder());
        for (int[] i : p) {
            b.putShort((short) i[0]).put((byte) i[1]).put((byte) i[2]).putInt(i[3]);
        }
        return b.array();
    }

    private static int jump(int from, int to) {
        int offset = to - from - 1;
        if (offset < 0 || offset > 255) throw new IllegalStateException("seccomp jump out of range: " + offset);
        return offset;
    }

    private static int[] op(int code, int jt, int jf, int k) {
        return new int[]{code, jt, jf, k};
    }
}
