package dev.perfagent.agent.loop;

import dev.perfagent.agent.report.EvaluationReport;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.prompts.CandidateResult;
import dev.perfagent.prompts.Feedback;
import dev.perfagent.prompts.Speedup;

import java.util.Optional;

/** The real judge: the sandboxed {@link Evaluator}, its verdict turned into an {@link Outcome} with feedback. */
public final class EvaluatorJudge implements CandidateJudge {
    private final Evaluator evaluator;

    public EvaluatorJudge(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Judged judge(Task task, Candidate candidate) throws TaskSetupException {
        // a seed of its own per candidate, from the run's seed and the candidate's id (stable across a resume)
        Evaluation e = evaluator.evaluate(task, candidate, evaluator.plan().forComparison(candidate.id()));
        return new Judged(outcome(e), EvaluationReport.tree(e));
    }

    @Override
    public Judged confirm(Task task, Candidate candidate) throws TaskSetupException {
        // its own seed (not the screening's), a fresh build of the candidate, and the stricter interval; see Confirmation
        Evaluation e = evaluator.evaluate(task, candidate, evaluator.plan().forComparison("confirm:" + candidate.id())
                .withConfidence(Confirmation.CONFIDENCE));
        return new Judged(outcome(e), EvaluationReport.tree(e));
    }

    static Outcome outcome(Evaluation e) {
        Optional<Measurement> m = e.measurement();
        Outcome o = Outcome.of(e.verdict(), e.reason(), feedback(e)).withSpeedup(m.map(x -> x.speedup().ratio()),
                m.map(x -> x.speedup().low()), m.map(x -> x.speedup().high()).filter(Double::isFinite));
        return m.map(x -> o.withClock(x.clock().label(), x.wallRatio())).orElse(o);
    }

    /** Concrete and short: what the model needs to do better next time, in the prompts' words. */
    static String feedback(Evaluation e) {
        CandidateResult r = switch (e.verdict()) {
            case BUILD_FAILED -> CandidateResult.buildFailed(e.reason() + "\n" + e.build().map(EvaluatorJudge::log).orElse(""));
            case INCORRECT -> new CandidateResult("INCORRECT", e.correctness().map(EvaluatorJudge::mismatch).orElse(e.reason()),
                    Optional.empty(), Optional.empty());
            default -> e.measurement().map(m -> CandidateResult.measured(e.verdict().name(),
                    new Speedup(m.speedup().ratio(), m.speedup().low(), m.speedup().high())))
                    .orElse(CandidateResult.failed(e.verdict().name(), e.reason()));
        };
        return Feedback.of(r);
    }

    private static String log(ExecResult r) {
        return dev.perfagent.evaluators.Excerpt.withoutJvmNotes(r.stderr()).isBlank() ? r.stdout() : dev.perfagent.evaluators.Excerpt.withoutJvmNotes(r.stderr());
    }

    /** The first failing input, the line where the output first differs, expected and actual excerpts. */
    private static String mismatch(Correctness c) {
        StringBuilder s = new StringBuilder("on input " + c.failedCase().orElse("?"));
        c.mismatch().ifPresent(x -> s.append(", output line ").append(x.line()).append(" differs:\n  expected: ")
                .append(x.expected()).append("\n  actual:   ").append(x.actual()));
        c.inputExcerpt().ifPresent(i -> s.append("\n  input starts: ").append(i.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("")));
        return s.toString();
    }
}
