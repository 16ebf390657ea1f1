package dev.perfagent.agent.cli;

import dev.perfagent.agent.report.EvaluationReport;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskSuite;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.sandbox.local.LocalSandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code perfagent tasks verify}: does each task's expert really beat its original here, and does the
 * original against itself come out NEUTRAL? The check a suite needs before it can judge anything else.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Evaluate each task's expert solution (expected IMPROVED) and its original against itself (expected NEUTRAL).%n"
                + "Exit code 0 when every task behaves, 1 otherwise, 2 on bad input.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "task folder or suite folder")
    Path path;

    @Mixin
    MeasureOptions measure;

    @Override
    public Integer call() {
        if (!Files.exists(path)) throw new UserError(path + " does not exist; give a task folder or a suite folder");
        List<Path> files = TaskSuite.taskFiles(path);
        if (files.isEmpty()) throw new UserError("no task.yaml found under " + path);
        List<Task> tasks = files.stream().map(TaskArgument::load).toList();
        var out = spec.commandLine().getOut();
        int failures = 0;
        try (LocalSandbox sandbox = LocalSandbox.detect(); Evaluator evaluator = new Evaluator(sandbox, measure.toOptions())) {
            out.println("sandbox: " + sandbox.isolation());
            for (Task t : tasks) {
                if (t.expert().isPresent()) {
                    failures += check(evaluator, t, Candidate.fromDirectory(t.expert().get()), Verdict.IMPROVED);
                }
                failures += check(evaluator, t, Candidate.original(), Verdict.NEUTRAL);
            }
        }
        out.println(failures == 0 ? "all " + tasks.size() + " task(s) behave" : failures + " check(s) did not give the expected verdict");
        return failures == 0 ? ExitCode.OK : ExitCode.NOT_MET;
    }

    private int check(Evaluator evaluator, Task t, Candidate c, Verdict expected) {
        var out = spec.commandLine().getOut();
        try {
            Evaluation e = evaluator.evaluate(t, c);
            boolean ok = e.verdict() == expected;
            out.printf("%-4s %-28s %-9s %s%n", ok ? "ok" : "FAIL", t.id(), c.id(), EvaluationReport.oneLine(e));
            out.flush();
            return ok ? 0 : 1;
        } catch (TaskSetupException ex) {
            out.printf("FAIL %-28s %-9s %s%n", t.id(), c.id(), ex.getMessage());
            return 1;
        }
    }
}
