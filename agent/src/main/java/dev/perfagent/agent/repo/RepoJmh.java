package dev.perfagent.agent.repo;

/**
 * A repository timed by its JMH benchmarks ({@code --jmh}) instead of a command.
 *
 * @param regex JMH's benchmark regex, as for {@code java -jar benchmarks.jar REGEX}
 * @param args  JMH options for every fork; every fork is one sample, so short ones (a few one-second iterations)
 *              let the measurer take the several samples per side its interval needs
 */
public record RepoJmh(String regex, String args) {
    /** About four seconds per fork: one warm-up and three measured iterations of a second. */
    public static final String DEFAULT_ARGS = "-wi 1 -i 3 -w 1s -r 1s";
    /**
     * Seconds of timing per candidate unless --budget or measure.budget says otherwise: a fork with the default
     * options and its two JVM starts takes five to six seconds, and the measurer needs a warm-up and eight forks a
     * side before it can decide, which the usual 30 s do not hold.
     */
    public static final double DEFAULT_MEASURE_BUDGET = 180;

    public RepoJmh {
        if (regex.isBlank()) throw new IllegalArgumentException("an empty JMH regex");
    }
}
