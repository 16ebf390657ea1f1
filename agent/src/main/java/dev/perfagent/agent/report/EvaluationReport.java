package dev.perfagent.agent.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.evaluators.jmh.BenchmarkVerdict;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.sandbox.ExecResult;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders an {@link Evaluation} for a terminal or as JSON (every sample kept, so figures can be re-derived). */
public final class EvaluationReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationReport() {
    }

    public static String oneLine(Evaluation e) {
        String s = e.verdict() + ": " + e.reason();
        if (e.measurement().isPresent()) s += " — " + e.measurement().get().describe();
        return s;
    }

    public static String text(Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append("task       ").append(e.taskId()).append('\n');
        b.append("candidate  ").append(e.candidateId()).append('\n');
        b.append("verdict    ").append(e.verdict()).append(": ").append(e.reason()).append('\n');
        e.build().filter(r -> !r.ok()).ifPresent(r -> b.append("build log\n").append(indent(excerptOf(r))).append('\n'));
        e.correctness().ifPresent(c -> b.append("correct    ").append(describe(c)).append('\n'));
        e.measurement().ifPresent(m -> {
            b.append("speedup    ").append(m.describe()).append('\n');
            b.append(String.format("median     baseline %.4f s, candidate %.4f s wall time; %.4f s, %.4f s CPU time (decided on %s)%n",
                    m.baseline().medianSeconds(), m.candidate().medianSeconds(), m.baseline().medianCpuSeconds(),
                    m.candidate().medianCpuSeconds(), m.clock().label()));
            b.append(String.format("peak RSS   baseline %s, candidate %s%n", mib(m.baseline().peakRssBytes()), mib(m.candidate().peakRssBytes())));
            b.append(String.format("stopped    %s, after %.1f s of timing (seed %d)%n", m.stopReason(), m.elapsed().toMillis() / 1000.0, m.plan().seed()));
        });
        e.instructions().ifPresent(i -> b.append("counted    ").append(i.describe()).append('\n'));
        for (BenchmarkVerdict v : e.benchmarks()) b.append("benchmark  ").append(v.describe()).append('\n');
        b.append(String.format("sandbox    %s; evaluated in %.1f s", e.sandbox(), e.elapsed().toMillis() / 1000.0));
        return b.toString();
    }

    public static String json(Evaluation e) {
        try {
            return JSON.writeValueAsString(tree(e));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static Map<String, Object> tree(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", e.taskId());
        m.put("candidate", e.candidateId());
        m.put("verdict", e.verdict().name());
        m.put("reason", e.reason());
        e.build().ifPresent(r -> m.put("build", Map.of("exitCode", r.exitCode(), "ok", r.ok(), "log", r.ok() ? "" : excerptOf(r))));
        e.correctness().ifPresent(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("passed", c.ok());
            cm.put("casesRun", c.casesRun());
            c.failedCase().ifPresent(v -> cm.put("failedCase", v));
            c.inputExcerpt().ifPresent(v -> cm.put("input", v));
            c.mismatch().ifPresent(x -> {
                cm.put("line", x.line());
                cm.put("expected", x.expected());
                cm.put("actual", x.actual());
            });
            m.put("correctness", cm);
        });
        e.measurement().ifPresent(x -> m.put("measurement", measurement(x)));
        e.instructions().ifPresent(i -> m.put("instructions", i.reported()
                ? Map.of("baseline", i.baseline(), "candidate", i.candidate(), "ratio", i.ratio())
                : Map.of("baseline", i.baseline(), "candidate", i.candidate(), "withheld", i.withheld().get())));
        if (!e.benchmarks().isEmpty()) m.put("benchmarks", e.benchmarks().stream().map(EvaluationReport::benchmark).toList());
        m.put("sandbox", e.sandbox());
        m.put("elapsedSeconds", e.elapsed().toMillis() / 1000.0);
        return m;
    }

    private static Map<String, Object> measurement(Measurement x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clock", x.clock().name());
        m.put("speedup", x.speedup().ratio());
        m.put("ciLow", x.speedup().low());
        m.put("ciHigh", x.speedup().high());
        m.put("pValue", x.pValue());
        m.put("baselineMedianSeconds", x.baseline().medianSeconds());
        m.put("candidateMedianSeconds", x.candidate().medianSeconds());
        m.put("wallSpeedup", x.wallRatio());
        m.put("baselinePeakRssBytes", x.baseline().peakRssBytes());
        m.put("candidatePeakRssBytes", x.candidate().peakRssBytes());
        m.put("order", x.order());
        m.put("stopReason", x.stopReason());
        m.put("measuringSeconds", x.elapsed().toMillis() / 1000.0);
        m.put("threshold", x.plan().threshold());
        m.put("seed", x.plan().seed());
        m.put("baselineSeconds", seconds(x.baseline().samples()));
        m.put("candidateSeconds", seconds(x.candidate().samples()));
        m.put("baselineCpuSeconds", x.baseline().samples().stream().map(Sample::cpuSeconds).toList());
        m.put("candidateCpuSeconds", x.candidate().samples().stream().map(Sample::cpuSeconds).toList());
        if (x.sandboxCostSubtracted()) {
            // empty runs of the sandbox, one per block: their median was taken off both sides
            m.put("sandboxSeconds", seconds(x.sandboxCost().samples()));
            m.put("sandboxCpuSeconds", x.sandboxCost().samples().stream().map(Sample::cpuSeconds).toList());
        }
        return m;
    }

    /** One JMH benchmark's verdict within the measurement, its scores as medians in seconds per operation. */
    private static Map<String, Object> benchmark(BenchmarkVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.name());
        m.put("verdict", v.verdict().name());
        m.put("reason", v.reason());
        m.put("speedup", v.speedup().ratio());
        m.put("ciLow", v.speedup().low());
        m.put("ciHigh", v.speedup().high());
        m.put("baselineSecondsPerOp", v.baselineSecondsPerOp());
        m.put("candidateSecondsPerOp", v.candidateSecondsPerOp());
        return m;
    }

    private static List<Double> seconds(List<Sample> samples) {
        return samples.stream().map(Sample::seconds).toList();
    }

    private static String describe(Correctness c) {
        if (c.ok()) return "passed " + c.casesRun() + " case(s)";
        StringBuilder s = new StringBuilder("failed on " + c.failedCase().orElse("?"));
        c.mismatch().ifPresent(x -> s.append(" line ").append(x.line()).append(": expected \"").append(x.expected())
                .append("\", got \"").append(x.actual()).append('"'));
        c.inputExcerpt().ifPresent(i -> s.append("\n           input: ").append(i));
        return s.toString();
    }

    private static String excerptOf(ExecResult r) {
        String log = dev.perfagent.evaluators.Excerpt.withoutJvmNotes(r.stderr()).isBlank() ? r.stdout() : dev.perfagent.evaluators.Excerpt.withoutJvmNotes(r.stderr());
        return dev.perfagent.evaluators.Excerpt.head(log, 12, 1500);
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ");
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
