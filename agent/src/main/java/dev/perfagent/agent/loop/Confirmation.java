package dev.perfagent.agent.loop;

/**
 * The independent re-measurement of the run's best candidate against the original, before it is reported or
 * applied: a fresh build, a fresh seed, a stricter interval. Only a confirmed IMPROVED is the run's result.
 *
 * <p>Why this holds the run's false-positive rate at 1 % whatever the number of candidates: the screening that
 * picked the candidate may have looked at many no-op candidates and kept the luckiest, but exactly one candidate is
 * confirmed per run, and its confirming measurement shares no runs, seed or build with the screening. So the
 * selection cannot bias it: if the candidate is truly no faster than the original, the chance that the confirmation
 * says IMPROVED is the chance that one interval's lower bound clears the threshold, which at the
 * {@link #CONFIDENCE} two-sided level is at most (1 − CONFIDENCE)/2 = 1 % (less in practice, since a no-op sits at
 * 1.00×, below the 1.05× threshold). Were a run to confirm k candidates in turn, each would need confidence
 * 1 − 0.02/k (Bonferroni); confirming only the best keeps k = 1.
 *
 * @param candidateId the confirmed candidate
 * @param fingerprint its files' fingerprint (how a resumed run finds this confirmation again)
 * @param outcome     the confirming measurement's verdict and interval
 */
public record Confirmation(String candidateId, String fingerprint, Outcome outcome) {
    /** Two-sided coverage of the confirming interval: one side 1 %. */
    public static final double CONFIDENCE = 0.98;

    public boolean confirmed() {
        return outcome.improved();
    }

    /** "confirmed: IMPROVED 1.34× [1.20×, 1.49×] (98% interval, independent re-measurement)". */
    public String describe() {
        return (confirmed() ? "confirmed: " : "not confirmed: ") + outcome.describe()
                + " (" + Math.round(CONFIDENCE * 100) + "% interval, independent re-measurement)";
    }
}
