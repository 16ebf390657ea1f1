package dev.perfagent.agent.bench.gso;

import dev.perfagent.agent.bench.AttemptResult;
import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.metrics.AttemptStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/** A patch on a GSO instance, evaluated by {@link GsoHarness}, as the row bench stores. */
public final class GsoAttempts {
    private GsoAttempts() {
    }

    /**
     * The stored expert speedup is the one that makes bench's opt_commit test (speedup / expert speedup > 0.95) GSO's
     * own: the harmonic mean over tests of time(expert) / time(patched). With one test it is the expert's speedup.
     */
    public static AttemptResult evaluate(GsoHarness harness, GsoInstance instance, int attempt, String patch) throws TaskSetupException {
        Instant started = Instant.now();
        GsoHarness.Result r = harness.evaluate(instance, patch);
        OptionalDouble expert = r.speedup().isPresent() && r.versusExpert().isPresent()
                ? OptionalDouble.of(r.speedup().getAsDouble() / r.versusExpert().getAsDouble()) : OptionalDouble.empty();
        return new AttemptResult(instance.id(), attempt, AttemptStatus.DONE, Optional.of(r.verdict()), r.reason() + "; cost: " + r.costs(),
                r.speedup(), OptionalDouble.empty(), OptionalDouble.empty(), expert, 0, 0, 0, Optional.empty(), patch,
                started, Duration.between(started, Instant.now()));
    }
}
