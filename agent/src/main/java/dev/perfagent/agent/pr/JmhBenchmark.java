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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final String RESULT_FILE = ".perfagent-jmh.json";

    JmhBenchmark(JmhBenchmarkId id, String jar, String extraArgs) {
        this(id.benchmark(), id.params(), jar, extraArgs);
    }

    @Override
    public String name() {
        return new JmhBenchmarkId(benchmark, params).name();
    }

    String command() {
        StringBuilder c = new StringBuilder("java -jar " + quote(jar) + " " + quote("^" + benchmark.replace(".", "\\.") + "$") + " -f 1");
        params.forEach((k, v) -> c.append(" -p ").append(quote(k + "=" + v)));
        if (!extraArgs.isBlank()) c.append(' ').append(extraArgs);
        return c.append(" -rf json -rff ").append(RESULT_FILE).toString();
    }

    @Override
    public Trial trial(Workspace checkout, CheckoutRunner runner) {
        return () -> {
            Path result = checkout.resolve(RESULT_FILE);
            try {
                Files.deleteIfExists(result);
                ExecResult r = runner.run(checkout, command(), true);
                if (!r.ok()) {
                    throw new TrialFailedException("JMH " + r.describeEnd() + ": " + Excerpt.firstError(r.stderr() + "\n" + r.stdout()), r);
                }
                List<JmhScore> scores = JmhScore.parse(Files.readString(result, StandardCharsets.UTF_8));
                JmhScore s = scores.stream().filter(x -> x.benchmark().equals(benchmark) && x.params().equals(params)).findFirst()
                        .orElseThrow(() -> new TrialFailedException("JMH reported no score for " + name(), r));
                double perOp = s.secondsPerOp();
                // the score stands in for both wall and CPU time, whichever the measurer decides on
                return new Sample(perOp, perOp, r.peakRssBytes());
            } catch (IOException e) {
                throw new TrialFailedException("cannot read JMH's result file " + RESULT_FILE + ": " + e.getMessage(), e);
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
