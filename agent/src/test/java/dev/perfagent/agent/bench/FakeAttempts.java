package dev.perfagent.agent.bench;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.metrics.AttemptStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --model fake} (tests only): a deterministic runner whose result depends only on (task id, attempt), so two
 * runs — interrupted or not, sharded or not — must store exactly the same rows. It sleeps
 * {@code -Dperfagent.fake.sleepMs} per attempt so that a test can kill a run in the middle; the setup of the task named
 * by {@code -Dperfagent.fake.failTask} fails (a broken environment a test can fix between two runs).
 */
public final class FakeAttempts implements AttemptRunner {
    private static final Verdict[] VERDICTS = {Verdict.IMPROVED, Verdict.NEUTRAL, Verdict.IMPROVED, Verdict.INCORRECT, Verdict.REGRESSED, Verdict.IMPROVED};

    private final java.util.Set<String> failing;

    public FakeAttempts() {
        this(java.util.Set.of());
    }

    /** @param failing tasks whose setup fails (as a missing module would), {@code *} for every task */
    public FakeAttempts(java.util.Set<String> failing) {
        this.failing = failing;
    }

    @Override
    public AttemptResult run(Task task, int attempt) throws dev.perfagent.evaluators.TaskSetupException {
        if (failing.contains(task.id()) || failing.contains("*") || task.id().equals(System.getProperty("perfagent.fake.failTask"))) {
            throw new dev.perfagent.evaluators.TaskSetupException("the original fails: ModuleNotFoundError: No module named 'numpy'");
        }
        long sleep = Long.getLong("perfagent.fake.sleepMs", 0);
        if (sleep > 0) {
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int h = Math.floorMod((task.id() + "#" + attempt).hashCode() * 31 + 7, 1_000_003);
        Verdict v = VERDICTS[h % VERDICTS.length];
        double speedup = switch (v) {
            case IMPROVED -> 1.05 + (h % 300) / 100.0;
            case REGRESSED -> 0.8;
            default -> 1.0 + (h % 7) / 100.0;
        };
        return new AttemptResult(task.id(), attempt, AttemptStatus.DONE, Optional.of(v), "fake " + v, OptionalDouble.of(speedup),
                OptionalDouble.of(speedup * 0.95), OptionalDouble.of(speedup * 1.05), OptionalDouble.of(1.5), h % 1000, h % 100,
                (h % 50) / 1000.0, Optional.empty(), "--- fake patch " + task.id() + "#" + attempt + "\n", Instant.now(), Duration.ofMillis(sleep));
    }
}
