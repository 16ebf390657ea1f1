package dev.perfagent.sandbox.container;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.KillReason;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxUnavailableException;
import dev.perfagent.sandbox.output.CappedOutput;
import dev.perfagent.sandbox.output.OutputSink;
import dev.perfagent.sandbox.output.TrimmedOutput;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code docker exec} of the supervisor, streamed: stdout kept whole up to the output limit,
 * stderr trimmed, and on overflow every process of the workspace's uid killed (as the local sandbox
 * does). Wall time, exit status, the timeout and GNU time's usage come from the supervisor's last
 * stderr line, measured inside the container, so Docker's own exec latency is not in the timings.
 */
final class ContainerCommand {
    private ContainerCommand() {
    }

    /** The supervisor's account of the command: {@code rc wall_us timed_out cpu_us maxrss_kib}. */
    record Trailer(int exitCode, Duration wall, boolean timedOut, Duration cpu, long peakRssBytes) {
        static Optional<Trailer> parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) return Optional.empty();
            try {
                return Optional.of(new Trailer(Integer.parseInt(f[0]), Duration.ofNanos(Long.parseLong(f[1]) * 1000),
                        f[2].equals("1"), Duration.ofNanos(Long.parseLong(f[3]) * 1000), Long.parseLong(f[4]) * 1024));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** @param gone folders of workspace copies no longer used, which the supervisor removes before the command */
    static ExecResult run(ContainerSession session, List<String> argv, Limits limits, List<String> gone, Runnable killAll) {
        String nonce = "perfagent-" + UUID.randomUUID();
        CappedOutput out = new CappedOutput(limits.outputBytes());
        TrimmedOutput err = new TrimmedOutput(limits.outputBytes());
        AtomicBoolean overflow = new AtomicBoolean();
        long start = System.nanoTime();
        ExecCreateCmdResponse exec = session.client().execCreateCmd(session.id())
                .withCmd(argv.toArray(String[]::new))
                .withEnv(List.of("PERFAGENT_NONCE=" + nonce, "PERFAGENT_GONE=" + String.join(" ", gone)))
                .withUser("root")
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                byte[] b = frame.getPayload();
                OutputSink sink = frame.getStreamType() == StreamType.STDERR ? err : out;
                // past the limit keep draining, so the command is never left blocked on a full pipe
                if (!sink.accept(b, b.length) && overflow.compareAndSet(false, true)) {
                    Thread t = new Thread(killAll, "sandbox-output-limit");
                    t.setDaemon(true);
                    t.start();
                }
            }
        };
        session.client().execStartCmd(exec.getId()).exec(callback);
        boolean finished;
        try {
            finished = callback.awaitCompletion(ContainerSandbox.grace(limits).toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                killAll.run();
                finished = callback.awaitCompletion(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            killAll.run();
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while running " + argv, e);
        } finally {
            try {
                callback.close();
            } catch (IOException e) {
                // the stream is gone either way
            }
        }
        Duration hostWall = Duration.ofNanos(System.nanoTime() - start);
        String stderr = err.text();
        int at = stderr.lastIndexOf("\n" + nonce + " ");
        Optional<Trailer> trailer = at < 0 ? Optional.empty()
                : Trailer.parse(stderr.substring(at + nonce.length() + 2).lines().findFirst().orElse(""));
        if (at >= 0) stderr = stderr.substring(0, at);
        if (trailer.isEmpty()) {
            // the supervisor itself did not finish (killed with the container, or stuck): what Docker saw is all there is
            Long code = session.client().inspectExecCmd(exec.getId()).exec().getExitCodeLong();
            int rc = code == null ? 137 : code.intValue();
            boolean timedOut = !finished && !overflow.get();
            return new ExecResult(rc, out.text(), stderr, hostWall, Duration.ZERO, 0, timedOut,
                    KillReason.of(rc, stderr, timedOut, overflow.get()));
        }
        Trailer t = trailer.get();
        boolean timedOut = t.timedOut() && !overflow.get();
        return new ExecResult(t.exitCode(), out.text(), stderr, t.wall(), t.cpu(), t.peakRssBytes(), timedOut,
                KillReason.of(t.exitCode(), stderr, timedOut, overflow.get()));
    }
}
