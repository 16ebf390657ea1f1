package dev.perfagent.agent.cli;

import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.agent.report.EvaluationReport;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.EvaluationListener;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfagent eval}: one candidate against one task, printed as a report or JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate one candidate against a task: build, check correctness, measure, give a verdict.%n"
                + "Exit code 0 when the verdict is IMPROVED (or the one given with --expect), 1 otherwise, 2 on bad input.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--task", required = true, paramLabel = "DIR", description = "task folder (holding task.yaml)")
    Path task;

    @Option(names = "--candidate", paramLabel = "DIR",
            description = "folder of replacement files for the task's editable sources; 'expert' for the task's expert solution, 'original' for an A/A check")
    String candidate = "expert";

    @Option(names = "--json", description = "print the evaluation as JSON")
    boolean json;

    @Option(names = "--expect", paramLabel = "VERDICT", description = "exit 0 when the verdict is this one instead of IMPROVED")
    String expect;

    @Mixin
    MeasureOptions measure;

    @Mixin
    SandboxOptions sandboxOptions;

    @Mixin
    ConfigOption configOption;

    @Override
    public Integer call() throws Exception {
        Verdict wanted = expectedVerdict();
        Task t = TaskArgument.load(task);
        Candidate c = switch (candidate) {
            case "original" -> Candidate.original();
            case "expert" -> TaskArgument.candidate(t.expert().orElseThrow(() ->
                    new UserError(t.id() + " has no expert solution; give --candidate DIR")));
            default -> TaskArgument.candidate(Path.of(candidate));
        };
        // one eval is a run of one comparison: a fresh seed each time (printed, so --seed repeats it), so repeated
        // evals do not all share one run order and one bootstrap
        try (StatusLine status = StatusLine.attach(spec.commandLine().getErr(), Environment.get());
             Sandbox sandbox = sandboxOptions.open(t); Evaluator evaluator = new Evaluator(sandbox,
                measure.toOptions(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE))
                     .listening(shown(status))) {
            Evaluation e = evaluator.evaluate(t, c);
            status.close();
            var out = spec.commandLine().getOut();
            out.println(json ? EvaluationReport.json(e) : EvaluationReport.text(e));
            out.flush();
            return e.verdict() == wanted ? ExitCode.OK : ExitCode.NOT_MET;
        } catch (TaskSetupException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The evaluation's stages on the status line; the ETA is the measuring budget, from when measuring starts. */
    private EvaluationListener shown(StatusLine status) {
        EvaluationListener lines = Progress.lines(status.lines()).evaluation();
        return new EvaluationListener() {
            @Override
            public void stage(String candidateId, String stage) {
                if (stage.startsWith("measuring")) status.limitFromNow(measure.toOptions().plan().budget());
                lines.stage(candidateId, stage);
            }

            @Override
            public void measured(String candidateId, int runs, int maxRuns, java.util.Optional<dev.perfagent.evaluators.measure.Speedup> estimate) {
                lines.measured(candidateId, runs, maxRuns, estimate);
            }
        };
    }

    private Verdict expectedVerdict() {
        if (expect == null) return Verdict.IMPROVED;
        try {
            return Verdict.valueOf(expect.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--expect " + expect + " is not a verdict; one of " + Arrays.toString(Verdict.values()));
        }
    }
}
