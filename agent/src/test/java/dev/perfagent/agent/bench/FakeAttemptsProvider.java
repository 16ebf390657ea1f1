package dev.perfagent.agent.bench;

/**
 * Serves {@code --model fake} on the test class path (META-INF/services in src/test/resources), and
 * {@code fake-error:ID,ID}: the fake runner whose attempts at the listed tasks fail to set up ({@code *}: every task).
 */
public final class FakeAttemptsProvider implements AttemptRunnerProvider {
    @Override
    public boolean serves(String model) {
        return model.equals("fake") || model.startsWith("fake-error:");
    }

    @Override
    public AttemptRunner create(String model, RunnerContext context) {
        if (model.startsWith("fake-error:")) return new FakeAttempts(java.util.Set.of(model.substring("fake-error:".length()).split(",")));
        return new FakeAttempts();
    }
}
