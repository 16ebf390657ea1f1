package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Workspace;

import java.util.Locale;

/** A {@code --bench} command: one sample is one run of it, timed by the sandbox, in the checkout (read-only). */
record CommandBenchmark(String command) implements Benchmark {

    @Override
    public String name() {
        return command;
    }

    @Override
    public Trial trial(Workspace checkout, CheckoutRunner runner) {
        return () -> {
            ExecResult r = runner.run(checkout, command, false);
            if (!r.ok()) {
                String err = Excerpt.firstError(r.stderr().isBlank() ? r.stdout() : r.stderr());
                throw new TrialFailedException(r.describeEnd() + (err.isEmpty() ? "" : ": " + err), r);
            }
            return new Sample(r.wall().toNanos() / 1e9, r.cpu().toNanos() / 1e9, r.peakRssBytes());
        };
    }

    @Override
    public String format(double seconds) {
        if (seconds < 1e-3) return String.format(Locale.ROOT, "%.1f µs", seconds * 1e6);
        if (seconds < 1) return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }
}
