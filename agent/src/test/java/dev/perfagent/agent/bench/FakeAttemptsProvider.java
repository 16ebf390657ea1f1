package dev.perfagent.agent.bench;

/** Serves {@code --model fake} on the test class path (META-INF/services in src/test/resources). */
public final class FakeAttemptsProvider implements AttemptRunnerProvider {
    @Override
    public boolean serves(String model) {
        return model.equals("fake");
    }

    @Override
    public AttemptRunner create(String model, RunnerContext context) {
        return new FakeAttempts();
    }
}
