package dev.perfagent.evaluators.measure;

/** Runs the workload once and says how long it took; a run that fails throws {@link TrialFailedException}. */
@FunctionalInterface
public interface Trial {
    Sample run() throws TrialFailedException;
}
