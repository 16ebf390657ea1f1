package dev.perfagent.agent.bench;

import java.util.ServiceLoader;

/** The runner for a {@code --model} name, from the providers on the class path. */
public final class AttemptRunners {
    private AttemptRunners() {
    }

    /** @throws IllegalArgumentException with the one-line message to show when no provider runs the model */
    public static AttemptRunner forModel(String model, RunnerContext context) {
        for (AttemptRunnerProvider p : ServiceLoader.load(AttemptRunnerProvider.class, AttemptRunners.class.getClassLoader())) {
            if (p.serves(model)) return p.create(model, context);
        }
        throw new IllegalArgumentException("model " + model + " needs the agent loop (perfagent optimize)");
    }
}
