package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.output.CappedOutput;
import dev.perfagent.sandbox.output.OutputSink;
import dev.perfagent.sandbox.output.TrimmedOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one host command under the wall-clock and output limits: both streams are read on their own
 * threads (a program flooding stderr while we wait on stdout would otherwise block forever), the wall
 * clock is measured with nanoTime around the process, and on either limit the whole tree is killed.
 */
final class ProcessSupervisor {

    /** How the host command ended. {@code exitCode} is the host process's status: 128+N if it died of signal N. */
    record Outcome(int exitCode, String stdout, String stderr, Duration wall, boolean timedOut, boolean outputExceeded) {
    }

    private ProcessSupervisor() {
    }

    static Outcome run(List<String> argv, Path directory, Map<String, String> environment, Optional<Path> stdin,
                       Limits limits, int namespaceInitDepth) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(directory.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        // never a host file's descriptor: through fd 0 a program could reopen the task's input for writing
        // (/proc/self/fd/0), append to it, fchmod it, set xattrs on it, or readlink it to find the task folder.
        // A pipe fed from here has none of that; without an input it is closed at once (end of file).
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);

        CappedOutput out = new CappedOutput(limits.outputBytes());
        TrimmedOutput err = new TrimmedOutput(limits.outputBytes());
        AtomicBoolean overflow = new AtomicBoolean();

        long start = System.nanoTime();
        Process process = pb.start();
        ProcessTree tree = new ProcessTree(process, namespaceInitDepth);
        Runnable onOverflow = () -> {
            overflow.set(true);
            tree.kill();
        };
        Thread outPump = pump("stdout", process.getInputStream(), out, onOverflow);
        Thread errPump = pump("stderr", process.getErrorStream(), err, onOverflow);
        Thread feeder = feed(stdin, process.getOutputStream());
        boolean timedOut = false;
        try {
            if (!process.waitFor(limits.wallTime().toNanos(), TimeUnit.NANOSECONDS)) {
                timedOut = !overflow.get();
                tree.kill();
            }
            process.waitFor();
            long wall = System.nanoTime() - start;
            // the pipes close once the last process of the namespace is gone, which is now or very soon
            outPump.join(2000);
            errPump.join(2000);
            if (outPump.isAlive() || errPump.isAlive()) tree.killNow();
            feeder.join(2000);
            return new Outcome(process.exitValue(), out.text(), err.text(), Duration.ofNanos(wall), timedOut, overflow.get());
        } catch (InterruptedException e) {
            tree.killNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + argv.get(0), e);
        } finally {
            tree.forget();
        }
    }

    /** Copies the input file into the process's stdin pipe; a program that stops reading ends it (broken pipe). */
    private static Thread feed(Optional<Path> stdin, OutputStream in) {
        Thread t = new Thread(() -> {
            try (in) {
                if (stdin.isPresent()) Files.copy(stdin.get(), in);
            } catch (IOException e) {
                // the program exited or closed its stdin before reading everything: its business
            }
        }, "sandbox-stdin");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Thread pump(String name, InputStream in, OutputSink sink, Runnable onOverflow) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[64 * 1024];
            boolean over = false;
            try (in) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    // past the limit keep draining, so the writer is never left blocked on a full pipe
                    if (!over && !sink.accept(buf, n)) {
                        over = true;
                        onOverflow.run();
                    }
                }
            } catch (IOException e) {
                // the process is gone; what was read is kept
            }
        }, "sandbox-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
