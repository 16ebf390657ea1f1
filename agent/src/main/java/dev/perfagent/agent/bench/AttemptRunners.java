package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.sandbox.Sandbox;

import java.util.concurrent.locks.ReadWriteLock;

/** The runner for a {@code --model} name. Only {@code expert} runs inside bench today; models need the agent loop. */
public final class AttemptRunners {
    private AttemptRunners() {
    }

    /** @throws IllegalArgumentException with the one-line message to show when the model cannot run here */
    public static AttemptRunner forModel(String model, Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases) {
        if (model.equals("expert")) return new ExpertAttempts(sandbox, options, phases);
        throw new IllegalArgumentException("model " + model + " needs the agent loop (perfagent optimize)");
    }
}
