package dev.perfagent.agent.pr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code perfagent pr} was asked to do.
 *
 * @param benches          benchmark commands, each run in the checkout's root
 * @param jmh              a regex selecting JMH benchmarks in the benchmarks jar, if JMH is used
 * @param jmhArgs          extra JMH options for every fork (iterations and their times, typically)
 * @param build            the build command; empty: Maven's package where a pom.xml is, else none
 * @param measureBudget    time for measuring one benchmark, both sides together
 * @param runTimeout       longest a single run (or JMH fork) may take
 * @param suggest          the suggestion search, when {@code --suggest} is on
 * @param pullRequest      {@code --pr}: the PR number, when not taken from the event file
 * @param out              where summary.json and comment.md are written
 */
public record PrOptions(Path repo, String base, String head, List<String> benches, Optional<String> jmh, String jmhArgs,
                 Optional<String> build, double threshold, Duration measureBudget, int maxRuns, long seed, Duration runTimeout,
                 boolean failOnRegression, Optional<SuggestOptions> suggest, boolean comment, OptionalInt pullRequest, Path out) {
    public PrOptions {
        benches = List.copyOf(benches);
    }
}
