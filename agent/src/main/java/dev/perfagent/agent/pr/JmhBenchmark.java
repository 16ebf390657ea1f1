package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Excerpt;
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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Override
    public String name() {
        if (params.isEmpty()) return benchmark;
        return benchmark + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
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
        if (secondsPerOp < 1e-6) return String.format(Locale.ROOT, "%.2f ns/op", secondsPerOp * 1e9);
        if (secondsPerOp < 1e-3) return String.format(Locale.ROOT, "%.2f µs/op", secondsPerOp * 1e6);
        if (secondsPerOp < 1) return String.format(Locale.ROOT, "%.2f ms/op", secondsPerOp * 1e3);
        return String.format(Locale.ROOT, "%.3f s/op", secondsPerOp);
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
