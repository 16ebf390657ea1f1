package dev.perfagent.agent.cli;

/** perfagent's fixed exit codes. */
public final class ExitCode {
    /** Done, and the verdict asked for was reached. */
    public static final int OK = 0;
    /** Ran, but the verdict asked for was not reached (not faster, incorrect, a check failed). */
    public static final int NOT_MET = 1;
    /** Bad input: a flag, a task file, a missing folder or toolchain. Nothing was evaluated. */
    public static final int BAD_INPUT = 2;
    /** perfagent itself failed; a bug to report. */
    public static final int INTERNAL = 3;
    /**
     * perfagent bench: the run finished but did not cover the whole suite — malformed records were left out, or tasks
     * were skipped (no GPU, no repository checkout) or could not be set up (they count as not optimized in every
     * score, and a rerun retries them); perfagent merge: shards of the split are missing.
     */
    public static final int INCOMPLETE = 4;
    /** Interrupted (Ctrl-C): 128 + SIGINT, as shells report it. Finished work is kept; the message says how to resume. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
