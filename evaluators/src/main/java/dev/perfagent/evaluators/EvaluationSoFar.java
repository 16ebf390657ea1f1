package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.sandbox.ExecResult;

import java.time.Duration;
import java.util.Optional;

/**
 * What the stages of one evaluation found so far (its build, its correctness), and when it started: the stage that
 * ends the evaluation turns it into the {@link Evaluation} with its verdict.
 */
final class EvaluationSoFar {
    private final String taskId;
    private final String candidateId;
    private final String sandbox;
    private final long start = System.nanoTime();
    private Optional<ExecResult> build = Optional.empty();
    private Optional<Correctness> correctness = Optional.empty();

    EvaluationSoFar(Task task, Candidate candidate, String sandbox) {
        this.taskId = task.id();
        this.candidateId = candidate.id();
        this.sandbox = sandbox;
    }

    void built(Optional<ExecResult> result) {
        build = result;
    }

    void checked(Correctness result) {
        correctness = Optional.of(result);
    }

    Optional<ExecResult> build() {
        return build;
    }

    Optional<Correctness> correctness() {
        return correctness;
    }

    /** The evaluation ends with this verdict: what the stages found, the time it took. */
    Evaluation ended(Verdict verdict, String reason) {
        return Evaluation.of(taskId, candidateId, verdict, reason, sandbox, elapsed()).withBuild(build).withCorrectness(correctness);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
