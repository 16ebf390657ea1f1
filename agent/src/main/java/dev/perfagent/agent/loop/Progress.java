package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Proposal;

import java.io.PrintWriter;
import java.util.Optional;

/** What the terminal shows while a run goes: rounds, each candidate as it is judged, the best so far. */
public interface Progress {

    default void round(int round, int rounds) {
    }

    default void evaluating(String candidateId, Proposal proposal) {
    }

    default void attempted(Attempt attempt, Optional<Attempt> best) {
    }

    default void confirming(Attempt best) {
    }

    default void finished(RunResult result) {
    }

    Progress SILENT = new Progress() {
    };

    /**
     * Why a candidate is not IMPROVED, on its own line of progress: the failing test and its message, the reply's
     * problem, "only N runs fit the budget: raise --budget" — so nobody drops a real speedup for an unexplained NEUTRAL.
     */
    static String why(Attempt a) {
        String reason = a.problem().orElseGet(() -> a.outcome()
                .filter(o -> o.verdict() != dev.perfagent.evaluators.Verdict.IMPROVED).map(Outcome::reason).orElse(""));
        String line = reason.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) return "";
        return " — " + (line.length() > 160 ? line.substring(0, 157) + "…" : line);
    }

    /** One line per event on the given stream (stderr, so stdout stays for results). */
    static Progress lines(PrintWriter err) {
        return new Progress() {
            @Override
            public void round(int round, int rounds) {
                err.printf("round %d of %d%n", round, rounds);
                err.flush();
            }

            @Override
            public void evaluating(String candidateId, Proposal proposal) {
                err.printf("  %s  %s%s … judging%n", candidateId, proposal.proposer(),
                        proposal.summary().isBlank() ? "" : " (" + proposal.summary() + ")");
                err.flush();
            }

            @Override
            public void attempted(Attempt a, Optional<Attempt> best) {
                err.printf("  %s  %s%s%s%n", a.id(), a.describe(), why(a),
                        best.map(b -> "   best so far: " + b.id() + " " + b.describe()).orElse(""));
                err.flush();
            }

            @Override
            public void confirming(Attempt best) {
                err.printf("confirming %s (%s) against the original in an independent measurement …%n", best.id(), best.describe());
                err.flush();
            }

            @Override
            public void finished(RunResult r) {
                r.confirmation().ifPresent(c -> err.printf("  %s  %s%n", c.candidateId(), c.describe()));
                err.printf("stopped: %s%n", r.stopReason());
                err.flush();
            }
        };
    }
}
