package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.jmh.JmhBenchmarkId;
import dev.perfagent.evaluators.jmh.JmhCommand;
import dev.perfagent.evaluators.jmh.JmhScore;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One JMH benchmark with one combination of its parameters. A sample is one JMH fork ({@code -f 1}): base and head
 * forks are interleaved in ABBA blocks like any other trial, and the fork's score (the mean of its measurement
 * iterations) converted to seconds per operation is the sample. JMH's own score error is not used: it describes
 * the iterations of one run, not the fork-to-fork variance (JIT decisions, code layout, a busy runner) that decides
 * whether two builds differ.
 *
 * @param jar       the benchmarks jar, relative to the checkout
 * @param extraArgs more JMH options from {@code --jmh-args} (e.g. {@code -wi 3 -i 5 -w 1s -r 1s})
 */
record JmhBenchmark(String benchmark, Map<String, String> params, String jar, String extraArgs) implements Benchmark {
    JmhBenchmark(JmhBenchmarkId id, String jar, String extraArgs) {
        this(id.benchmark(), id.params(), jar, extraArgs);
    }

    @Override
    public String name() {
        return new JmhBenchmarkId(benchmark, params).name();
    }

    /** One fork of this benchmark with these parameters, its JSON result printed (the command every JMH run uses). */
    String command() {
        StringBuilder args = new StringBuilder();
        params.forEach((k, v) -> args.append(" -p ").append(quote(k + "=" + v)));
        if (!extraArgs.isBlank()) args.append(' ').append(extraArgs.strip());
        return JmhCommand.printingJson(jar, "^" + benchmark.replace(".", "\\.") + "$", args.toString());
    }

    @Override
    public Trial trial(Workspace checkout, CheckoutRunner runner) {
        return () -> {
            try {
                ExecResult r = runner.run(checkout, command(), true);
                if (!r.ok()) {
                    throw new TrialFailedException("JMH " + r.describeEnd() + ": " + Excerpt.firstError(r.stderr() + "\n" + r.stdout()), r);
                }
                List<JmhScore> scores = JmhScore.parsePrinted(r.stdout());
                JmhScore s = scores.stream().filter(x -> x.benchmark().equals(benchmark) && x.params().equals(params)).findFirst()
                        .orElseThrow(() -> new TrialFailedException("JMH reported no score for " + name(), r));
                double perOp = s.secondsPerOp();
                // the score stands in for both wall and CPU time, whichever the measurer decides on
                return new Sample(perOp, perOp, r.peakRssBytes());
            } catch (IOException e) {
                throw new TrialFailedException("JMH's result could not be read: " + e.getMessage(), e);
            }
        };
    }

    @Override
    public String format(double secondsPerOp) {
        return JmhCommand.format(secondsPerOp);
    }

    static String quote(String s) {
        return JmhCommand.quote(s);
    }
}
