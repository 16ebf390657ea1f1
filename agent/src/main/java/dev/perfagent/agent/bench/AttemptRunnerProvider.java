package dev.perfagent.agent.bench;

/**
 * Makes the {@link AttemptRunner} for a {@code --model} name. Found through {@link java.util.ServiceLoader}
 * (META-INF/services/dev.perfagent.agent.bench.AttemptRunnerProvider), so the agent loop — or a test — adds its
 * runner without bench knowing it.
 */
public interface AttemptRunnerProvider {

    /** Whether this provider runs that model name ({@code expert}, {@code openai:gpt-5.1}, …). */
    boolean serves(String model);

    AttemptRunner create(String model, RunnerContext context);
}
