package dev.perfagent.sandbox;

import dev.perfagent.sandbox.container.ContainerSandbox;
import dev.perfagent.sandbox.container.DockerEngine;
import dev.perfagent.sandbox.container.SandboxImage;
import dev.perfagent.sandbox.local.LocalSandbox;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What each sandbox adds per candidate, against running the same command bare: medians of N rounds, in
 * milliseconds. Run by {@code bench/sandbox-overhead.sh}; not a test (no assertions, takes a minute).
 * A candidate's life in a sandbox: its workspace copied in, one build (may write; copied back out),
 * runs. "exec" is host wall time around one sandboxed {@code /bin/true}; "measured" is the wall time the
 * sandbox reports, which is what the measurement compares.
 */
public final class SandboxOverheadBench {
    private static final int FILES = 10;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Limits limits = Limits.forBuild().withWallTime(Duration.ofSeconds(30));
        ExecSpec trueSpec = ExecSpec.of(List.of("/bin/true"), limits);
        double bare = median(n, () -> time(() -> {
            try {
                return new ProcessBuilder("/bin/true").start().waitFor();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        System.out.printf("bare /bin/true (fork+exec from the JVM): %.1f ms%n", bare);

        try (LocalSandbox local = LocalSandbox.detect()) {
            report(local.name(), n, local, trueSpec, bare);
        }
        if (DockerEngine.problem().isPresent()) {
            System.out.println("container: skipped: " + DockerEngine.problem().get());
            return;
        }
        double start = median(Math.min(n, 10), () -> time(() -> {
            ContainerSandbox s = ContainerSandbox.start(SandboxImage.DEFAULT);
            s.close();
            return 0;
        }));
        System.out.printf("container start+stop (once per sandbox, not per candidate): %.1f ms%n", start);
        try (ContainerSandbox container = ContainerSandbox.start(SandboxImage.DEFAULT)) {
            report(container.name(), n, container, trueSpec, bare);
        }
    }

    private static void report(String name, int n, Sandbox sandbox, ExecSpec spec, double bare) throws Exception {
        double[] firstExec = new double[n];
        double[] exec = new double[n];
        double[] measured = new double[n];
        double[] writable = new double[n];
        for (int i = 0; i < n; i++) {
            try (Workspace ws = Workspace.create("bench")) {
                for (int f = 0; f < FILES; f++) Files.writeString(mkdirs(ws, f), "x".repeat(4096));
                firstExec[i] = time(() -> sandbox.exec(ws, spec).exitCode());
                ExecResult[] r = new ExecResult[1];
                exec[i] = time(() -> {
                    r[0] = sandbox.exec(ws, spec);
                    return r[0].exitCode();
                });
                measured[i] = r[0].wall().toNanos() / 1e6;
                writable[i] = time(() -> sandbox.exec(ws, spec.writable()).exitCode());
            }
        }
        double e = median(exec);
        double copyIn = median(firstExec) - e;
        double copyOut = median(writable) - e;
        System.out.printf("%s: exec %.1f ms (bare %.1f: +%.1f), reported wall %.1f ms, copy-in %.1f ms, build exec + copy-out %.1f ms%n",
                name, e, bare, e - bare, median(measured), copyIn, median(writable));
        // one candidate: copy in, one build (writable, copied out), one run
        double perCandidate = copyIn + (median(writable) - bare) + (e - bare);
        System.out.printf("%s: overhead per candidate (copy-in + build exec + copy-out + one run, less bare): %.1f ms%n", name, perCandidate);
    }

    private static java.nio.file.Path mkdirs(Workspace ws, int f) throws java.io.IOException {
        java.nio.file.Path p = ws.resolve("src/f" + f + ".txt");
        Files.createDirectories(p.getParent());
        return p;
    }

    private static double time(Supplier<Integer> action) {
        long t = System.nanoTime();
        action.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(int n, Supplier<Double> sample) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) xs.add(sample.get());
        return median(xs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
