package dev.perfagent.evaluators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What of the host a hostile suite must leave as it was: the task folders and a canary (content, mode, owner,
 * xattrs), the kernel knobs an escape would change, the device nodes a root-mapped sandbox could chmod, and the
 * setuid files in the places anyone may write. Taken before the suite and compared after it.
 */
record HostSnapshot(Map<String, String> facts) {
    private static final List<String> SYSCTLS = List.of("kernel/core_pattern", "kernel/core_uses_pid", "kernel/msgmax",
            "kernel/modprobe", "fs/suid_dumpable", "vm/overcommit_memory", "kernel/randomize_va_space", "user/max_user_namespaces");
    private static final List<String> DEVICES = List.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty");
    private static final List<String> WRITABLE_PLACES = List.of("/tmp", "/var/tmp", "/dev/shm", "/run/lock");

    static HostSnapshot take(List<Path> folders) {
        Map<String, String> f = new TreeMap<>();
        for (Path d : folders) TaskIntegrity.of(d).entries().forEach((k, v) -> f.put("folder " + d + "/" + k, v));
        for (String s : SYSCTLS) f.put("sysctl " + s, read(Path.of("/proc/sys", s)));
        for (String dev : DEVICES) f.put("device " + dev, mode(Path.of(dev)));
        f.put("setuid files", String.join(" ", setuidFiles()));
        return new HostSnapshot(f);
    }

    /** What differs from {@code later}, one line each. */
    List<String> differences(HostSnapshot later) {
        List<String> d = new ArrayList<>();
        facts.forEach((k, v) -> {
            String now = later.facts.get(k);
            if (!v.equals(now)) d.add(k + ": " + v + " → " + now);
        });
        later.facts.keySet().stream().filter(k -> !facts.containsKey(k)).forEach(k -> d.add(k + " appeared: " + later.facts.get(k)));
        return d;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).strip();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String mode(Path p) {
        try {
            return Integer.toOctalString((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                    + " " + Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return "absent";
        }
    }

    /** Setuid or setgid files in the places every user may write (depth-limited: those are where a plant would go). */
    private static List<String> setuidFiles() {
        List<String> found = new ArrayList<>();
        for (String place : WRITABLE_PLACES) {
            try (Stream<Path> walk = Files.walk(Path.of(place), 4)) {
                walk.filter(p -> {
                    try {
                        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
                        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && (mode & 06000) != 0;
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                }).forEach(p -> found.add(p.toString()));
            } catch (IOException | RuntimeException e) {
                // a folder that vanished or cannot be read while walking (other sessions' temporary files): skip it
            }
        }
        return found.stream().sorted().toList();
    }
}
