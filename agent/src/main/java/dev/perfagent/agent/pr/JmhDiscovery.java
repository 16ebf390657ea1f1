package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.jmh.JmhCommand;
import dev.perfagent.evaluators.jmh.JmhListing;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the benchmarks jar in a built checkout and lists the benchmarks (with parameter combinations) a regex selects. */
final class JmhDiscovery {

    private JmhDiscovery() {
    }

    /** See {@link JmhListing#findJar}. */
    static Optional<String> findJar(Path checkout) {
        return JmhListing.findJar(checkout);
    }

    /** JMH's {@code -lp} listing: one entry per benchmark and combination of its parameters. */
    static List<JmhBenchmark> list(Workspace checkout, CheckoutRunner runner, String jar, String regex, String extraArgs) {
        ExecResult r = runner.run(checkout, JmhCommand.list(jar, regex), false);
        if (!r.ok()) {
            throw new PrException("cannot list the JMH benchmarks in " + jar + " (" + r.describeEnd() + "): "
                    + Excerpt.firstError(r.stderr() + "\n" + r.stdout()));
        }
        return parseListing(r.stdout(), jar, extraArgs);
    }

    static List<JmhBenchmark> parseListing(String listing, String jar, String extraArgs) {
        return JmhListing.parse(listing).stream().map(id -> new JmhBenchmark(id, jar, extraArgs)).toList();
    }
}
