package dev.perfagent.agent.loop;

import dev.perfagent.agent.report.EvaluationReport;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.sandbox.ExecResult;

import java.util.Optional;

/** The real judge: the sandboxed {@link Evaluator}, its verdict turned into an {@link Outcome} with feedback. */
public final class EvaluatorJudge implements CandidateJudge {
    private final Evaluator evaluator;

    public EvaluatorJudge(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Judged judge(Task task, Candidate candidate) throws TaskSetupException {
        Evaluation e = evaluator.evaluate(task, candidate);
        return new Judged(outcome(e), EvaluationReport.tree(e));
    }

    static Outcome outcome(Evaluation e) {
        Optional<Measurement> m = e.measurement();
        return new Outcome(e.verdict(), e.reason(),
                m.map(x -> x.speedup().ratio()), m.map(x -> x.speedup().low()), m.map(x -> x.speedup().high()).filter(Double::isFinite),
                feedback(e));
    }

    /** Concrete and short: what the model needs to do better next time. */
    static String feedback(Evaluation e) {
        StringBuilder b = new StringBuilder(e.verdict() + ": " + e.reason());
        switch (e.verdict()) {
            case BUILD_FAILED -> e.build().ifPresent(r -> b.append("\ncompiler output:\n").append(log(r)));
            case INCORRECT -> e.correctness().ifPresent(c -> b.append('\n').append(mismatch(c)));
            default -> e.measurement().ifPresent(x -> b.append("\nmeasured: ").append(x.describe()));
        }
        return b.toString();
    }

    private static String log(ExecResult r) {
        return Excerpt.head(r.stderr().isBlank() ? r.stdout() : r.stderr(), 15, 1500);
    }

    private static String mismatch(Correctness c) {
        StringBuilder s = new StringBuilder("first failing input: " + c.failedCase().orElse("?"));
        c.inputExcerpt().ifPresent(i -> s.append("\ninput starts: ").append(Excerpt.head(i, 3, 200)));
        c.mismatch().ifPresent(x -> s.append("\nat output line ").append(x.line())
                .append("\nexpected: ").append(Excerpt.head(x.expected(), 3, 200))
                .append("\nactual:   ").append(Excerpt.head(x.actual(), 3, 200)));
        return s.toString();
    }
}
