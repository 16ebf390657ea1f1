package dev.perfagent.sandbox.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The host step joins every cgroup with the pid that then becomes the command, and hands it the filter as fd 3. */
class HostStepTest {

    @Test
    void itJoinsEachCgroupAndOpensTheFilterAsFd3InOneProcess(@TempDir Path dir) throws Exception {
        // stand-ins for two cgroups' cgroup.procs files, and for the filter
        Path a = Files.createDirectory(dir.resolve("pids a"));
        Path b = Files.createDirectory(dir.resolve("mem'$b"));
        Path filter = Files.writeString(dir.resolve("filter $x.bpf"), "FILTER-BYTES");
        List<String> argv = HostStep.prefix(List.of(a, b), Optional.of(filter), List.of("/bin/sh", "-c", "echo $$; cat <&3", "sh"));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String[] out = new String(p.getInputStream().readAllBytes()).split("\n");
        assertThat(p.waitFor()).isZero();
        assertThat(out[1]).isEqualTo("FILTER-BYTES");
        // the pid written is the command's own: the step execs it, no process is left between
        assertThat(Files.readString(a.resolve("cgroup.procs")).trim()).isEqualTo(out[0]).isEqualTo(Long.toString(p.pid()));
        assertThat(Files.readString(b.resolve("cgroup.procs")).trim()).isEqualTo(out[0]);
    }

    @Test
    void aCgroupItCannotJoinStopsTheCommand(@TempDir Path dir) throws Exception {
        List<String> argv = HostStep.prefix(List.of(dir.resolve("missing")), Optional.empty(), List.of("echo", "RAN"));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        assertThat(new String(p.getInputStream().readAllBytes())).doesNotContain("RAN");
        assertThat(p.waitFor()).isEqualTo(125);
    }

    @Test
    void withNothingToDoThereIsNoStep() {
        assertThat(HostStep.prefix(List.of(), Optional.empty(), List.of("/bin/true"))).containsExactly("/bin/true");
    }
}
