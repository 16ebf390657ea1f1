package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.correctness.Mismatch;
import dev.perfagent.evaluators.correctness.OutputComparator;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.sandbox.ExecResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What one timed sample of a program task is: the whole workload once, or the sandbox's own cost of starting it. */
final class WorkloadTrials {
    private WorkloadTrials() {
    }

    /**
     * One sample: the whole workload once. Outputs are checked on every timed run, so a program that
     * notices it is being timed and skips work, or that remembers answers between runs, fails here.
     */
    static Trial of(Task task, BuiltProgram program, Map<Path, String> expected) {
        OutputComparator comparator = new OutputComparator(task.judge().comparison(), task.judge().tolerance());
        return () -> {
            double wall = 0;
            double cpu = 0;
            long rss = 0;
            if (task.workload().command().isPresent()) {
                ExecResult r = program.runCommand(task.workload().command().get());
                if (!r.ok()) throw new TrialFailedException("the workload command " + r.describeEnd(), r);
                String want = expected.get(Baselines.COMMAND_OUTPUT);
                Optional<Mismatch> m = want == null ? Optional.empty() : comparator.compare(want, r.stdout());
                if (m.isPresent()) throw new TrialFailedException("the workload's output: " + m.get().describe(), m.get());
                return new Sample(seconds(r.wall()), seconds(r.cpu()), r.peakRssBytes());
            }
            for (Path input : task.workload().inputs()) {
                ExecResult r = program.run(Optional.of(input));
                if (!r.ok()) throw new TrialFailedException(input.getFileName() + ": " + r.describeEnd(), r);
                Optional<Mismatch> m = comparator.compare(expected.get(input), r.stdout());
                if (m.isPresent()) throw new TrialFailedException(input.getFileName() + ": " + m.get().describe(), m.get());
                wall += seconds(r.wall());
                cpu += seconds(r.cpu());
                rss = Math.max(rss, r.peakRssBytes());
            }
            return new Sample(wall, cpu, rss);
        };
    }

    /** As many empty runs of the sandbox as one sample of the workload starts the program. */
    static Trial sandboxCost(Task task, BuiltProgram program) {
        int starts = task.workload().command().isPresent() ? 1 : task.workload().inputs().size();
        // /bin/true's own start is one the bare program pays too: only the rest is the sandbox's (see ExecCost)
        double ownStart = ExecCost.binTrueSeconds();
        return () -> {
            double wall = 0;
            double cpu = 0;
            for (int i = 0; i < starts; i++) {
                ExecResult r = program.runNothing();
                if (!r.ok()) throw new TrialFailedException("an empty run of the sandbox " + r.describeEnd(), r);
                wall += Math.max(0, seconds(r.wall()) - ownStart);
                cpu += Math.max(0, seconds(r.cpu()) - ownStart);
            }
            return new Sample(wall, cpu, 0);
        };
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
