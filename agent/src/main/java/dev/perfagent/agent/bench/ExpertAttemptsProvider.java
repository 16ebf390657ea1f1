package dev.perfagent.agent.bench;

/** {@code --model expert}: replays each task's expert solution. */
public final class ExpertAttemptsProvider implements AttemptRunnerProvider {
    @Override
    public boolean serves(String model) {
        return model.equals("expert");
    }

    @Override
    public AttemptRunner create(String model, RunnerContext context) {
        return new ExpertAttempts(context.sandbox(), context.options(), context.phases(), context.gsoHarness());
    }
}
