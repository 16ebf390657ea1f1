package dev.perfagent.agent.bench;

import dev.perfagent.agent.report.UnifiedDiff;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.metrics.AttemptStatus;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * {@code --model expert}: each attempt evaluates the task's own expert solution. It validates the suite and the
 * evaluator (the expert should come out faster) and gives the scores an upper reference. Attempt {@code i} measures
 * with seed {@code seed + i}, so K attempts are K independent measurements of the same candidate.
 */
public final class ExpertAttempts implements AttemptRunner {
    private final Sandbox sandbox;
    private final EvaluatorOptions options;
    private final ReadWriteLock phases;

    private final dev.perfagent.agent.bench.gso.GsoHarness gso;

    public ExpertAttempts(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases) {
        this(sandbox, options, phases, dev.perfagent.agent.bench.gso.GsoHarness.GSO_ITERATIONS);
    }

    /** @param gsoIterations runs of each performance test per tree on GSO instances */
    public ExpertAttempts(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, int gsoIterations) {
        this(sandbox, options, phases, new dev.perfagent.agent.bench.gso.GsoHarness(sandbox, phases, gsoIterations));
    }

    /** @param gso the harness GSO instances are evaluated with (each in its own image under --sandbox container) */
    public ExpertAttempts(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, dev.perfagent.agent.bench.gso.GsoHarness gso) {
        this.sandbox = sandbox;
        this.options = options;
        this.phases = phases;
        this.gso = gso;
    }

    @Override
    public AttemptResult run(Task task, int attempt) throws TaskSetupException {
        Instant started = Instant.now();
        var instance = dev.perfagent.datasets.loaders.GsoInstance.of(task);
        if (instance.isPresent()) {
            // GSO's expert is the opt_commit's diff: evaluated as any patch would be, so opt_commit is reached by design
            return dev.perfagent.agent.bench.gso.GsoAttempts.evaluate(gso, instance.get(), attempt, instance.get().gtDiff());
        }
        if (task.expert().isEmpty()) return AttemptResult.skipped(task.id(), attempt, "the task has no expert solution to replay");
        if (task.kind() == TaskKind.REPO) {
            return AttemptResult.skipped(task.id(), attempt, task.kind().id() + " tasks are not evaluated by perfagent bench yet");
        }
        Candidate expert = Candidate.fromDirectory(task.expert().get());
        // one evaluator per attempt: its baseline is private to the attempt, so attempts share no state across threads
        try (Evaluator evaluator = new Evaluator(sandbox, options, phases)) {
            Evaluation e = evaluator.evaluate(task, expert, options.plan().withSeed(options.plan().seed() + attempt));
            OptionalDouble speedup = OptionalDouble.empty();
            OptionalDouble low = OptionalDouble.empty();
            OptionalDouble high = OptionalDouble.empty();
            if (e.measurement().isPresent()) {
                var s = e.measurement().get().speedup();
                speedup = OptionalDouble.of(s.ratio());
                low = OptionalDouble.of(s.low());
                high = OptionalDouble.of(s.high());
            }
            return new AttemptResult(task.id(), attempt, AttemptStatus.DONE, Optional.of(e.verdict()), e.reason(),
                    speedup, low, high, speedup /* the candidate is the expert */, 0, 0, 0.0, Optional.empty(),
                    UnifiedDiff.of(original(task, expert), expert.files()), started, Duration.between(started, Instant.now()));
        }
    }

    private static Map<String, String> original(Task task, Candidate candidate) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String rel : candidate.files().keySet()) {
            Path p = task.sourceRoot().resolve(rel);
            try {
                if (Files.isRegularFile(p)) files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
