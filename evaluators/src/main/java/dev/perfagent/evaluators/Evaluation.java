package dev.perfagent.evaluators;

import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.evaluators.jmh.BenchmarkVerdict;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.sandbox.ExecResult;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything one evaluation found, in pipeline order: build → correctness → measurement → verdict.
 * Later stages are empty when an earlier one ended the evaluation.
 *
 * @param benchmarks for a JMH workload, each benchmark's own verdict within the measurement (empty otherwise)
 */
public record Evaluation(String taskId, String candidateId, Verdict verdict, String reason,
                         Optional<ExecResult> build, Optional<Correctness> correctness,
                         Optional<Measurement> measurement, Optional<InstructionCount> instructions,
                         String sandbox, Duration elapsed, List<BenchmarkVerdict> benchmarks) {

    public Evaluation {
        benchmarks = List.copyOf(benchmarks);
    }

    /** A verdict and its reason with every stage empty; the {@code withX} methods add the stages that ran. */
    public static Evaluation of(String taskId, String candidateId, Verdict verdict, String reason, String sandbox, Duration elapsed) {
        return new Evaluation(taskId, candidateId, verdict, reason, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), sandbox, elapsed, List.of());
    }

    public Evaluation withBuild(Optional<ExecResult> build) {
        return new Evaluation(taskId, candidateId, verdict, reason, build, correctness, measurement, instructions, sandbox, elapsed, benchmarks);
    }

    public Evaluation withCorrectness(Optional<Correctness> correctness) {
        return new Evaluation(taskId, candidateId, verdict, reason, build, correctness, measurement, instructions, sandbox, elapsed, benchmarks);
    }

    public Evaluation withMeasurement(Optional<Measurement> measurement) {
        return new Evaluation(taskId, candidateId, verdict, reason, build, correctness, measurement, instructions, sandbox, elapsed, benchmarks);
    }

    public Evaluation withInstructions(Optional<InstructionCount> instructions) {
        return new Evaluation(taskId, candidateId, verdict, reason, build, correctness, measurement, instructions, sandbox, elapsed, benchmarks);
    }

    public Evaluation withBenchmarks(List<BenchmarkVerdict> benchmarks) {
        return new Evaluation(taskId, candidateId, verdict, reason, build, correctness, measurement, instructions, sandbox, elapsed, benchmarks);
    }

    static Evaluation early(String taskId, String candidateId, Verdict verdict, String reason,
                            Optional<ExecResult> build, Optional<Correctness> correctness, String sandbox, Duration elapsed) {
        return of(taskId, candidateId, verdict, reason, sandbox, elapsed).withBuild(build).withCorrectness(correctness);
    }
}
