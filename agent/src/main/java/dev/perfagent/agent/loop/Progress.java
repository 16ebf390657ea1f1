package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.status.StatusLine;

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

    /** Something without a candidate of its own is going on: "waiting for the model", "profiling c3". */
    default void waiting(String what) {
    }

    /** A stage of a candidate's evaluation began (see {@link dev.perfagent.evaluators.EvaluationListener}). */
    default void stage(String candidateId, String stage) {
    }

    /** After each pair of timed blocks of a candidate's measurement. */
    default void measured(String candidateId, int runs, int maxRuns, Optional<dev.perfagent.evaluators.measure.Speedup> estimate) {
    }

    /** The evaluator's events, as this progress's {@link #stage} and {@link #measured}. */
    default dev.perfagent.evaluators.EvaluationListener evaluation() {
        Progress p = this;
        return new dev.perfagent.evaluators.EvaluationListener() {
            @Override
            public void stage(String candidateId, String stage) {
                p.stage(candidateId, stage);
            }

            @Override
            public void measured(String candidateId, int runs, int maxRuns, Optional<dev.perfagent.evaluators.measure.Speedup> estimate) {
                p.measured(candidateId, runs, maxRuns, estimate);
            }
        };
    }

    /** "c3: measuring, run 14 of at most 60, 1.21× [1.10×, 1.33×] so far". */
    static String measuring(String candidateId, int runs, int maxRuns, Optional<dev.perfagent.evaluators.measure.Speedup> estimate) {
        return candidateId + ": measuring, run " + runs + " of at most " + maxRuns
                + estimate.map(s -> ", " + s + " so far").orElse(" (too few runs for an estimate yet)");
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

    /**
     * One line per event on the given stream (stderr, so stdout stays for results); where {@code err} is a
     * {@link StatusLine}'s, what goes on between the lines is shown on it.
     */
    static Progress lines(PrintWriter err) {
        StatusLine status = StatusLine.of(err);
        return new Progress() {
            @Override
            public void round(int round, int rounds) {
                err.printf("round %d of %d%n", round, rounds);
                err.flush();
                status.steps(round - 1, rounds);
            }

            @Override
            public void waiting(String what) {
                status.show(what);
            }

            @Override
            public void stage(String candidateId, String stage) {
                status.show(candidateId + ": " + stage);
            }

            @Override
            public void measured(String candidateId, int runs, int maxRuns, Optional<dev.perfagent.evaluators.measure.Speedup> estimate) {
                status.show(Progress.measuring(candidateId, runs, maxRuns, estimate));
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
                status.show("");
            }
        };
    }
}
