package dev.perfagent.agent.cli;

import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.loop.TrajectoryEvent;
import dev.perfagent.agent.report.RunReport;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.agent.run.RunFolder;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.datasets.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code perfagent report RUN}: re-renders a run's reports from its trajectory alone. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-render a run's summary.json, report.md, report.html and best.patch from its trajectory.jsonl.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "the run's id (under --runs-dir) or its folder")
    String run;

    @Option(names = "--runs-dir", paramLabel = "DIR", description = "where runs are kept (default .perfagent/runs)")
    Path runsDir = RunFolder.DEFAULT_ROOT;

    @Override
    public Integer call() {
        Path dir = RunFolder.locate(runsDir, run);
        Trajectory.Contents trajectory = Trajectory.read(dir);
        TrajectoryEvent.RunStarted start = trajectory.start()
                .orElseThrow(() -> new UserError("no trajectory at " + dir.resolve(Trajectory.FILE) + "; give a run id or folder"));
        RunSettings settings = RunSettings.fromRunEvent(start);
        Task task = TaskArgument.load(Path.of(settings.taskDir()));
        RunSummary s = RunSummary.fromTrajectory(start.run() != null ? start.run() : dir.getFileName().toString(), task, trajectory);
        RunReport.write(dir, s);
        var out = spec.commandLine().getOut();
        out.println(RunReport.headline(s));
        out.println("report: " + dir.resolve("report.md"));
        out.flush();
        return ExitCode.OK;
    }
}
