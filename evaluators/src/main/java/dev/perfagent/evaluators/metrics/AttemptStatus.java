package dev.perfagent.evaluators.metrics;

/** How an attempt ended: evaluated (it has a verdict), skipped (could not run here), or failed to set up. */
public enum AttemptStatus {
    /** Evaluated; the verdict says how. */
    DONE,
    /** Not run: this machine lacks what the task needs (a GPU, a repository checkout, an expert to replay). */
    SKIPPED,
    /** The task could not be set up (the original does not build or fails its own judge) or the runner failed. */
    ERROR
}
