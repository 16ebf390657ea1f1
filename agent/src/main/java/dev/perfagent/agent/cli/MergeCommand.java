package dev.perfagent.agent.cli;

import dev.perfagent.agent.bench.BenchConfig;
import dev.perfagent.agent.bench.BenchExports;
import dev.perfagent.agent.bench.BenchStore;
import dev.perfagent.agent.bench.StoreMerge;
import dev.perfagent.agent.bench.StoreMismatchException;
import dev.perfagent.agent.bench.SummaryTable;
import dev.perfagent.evaluators.metrics.SuiteMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code perfagent merge}: the stores of shards into one, with the scores of the whole. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the stores of bench shards into one and print the suite's scores.%n"
                + "Refused when the stores come from different suites or configurations, or share a task. Exit code 0, 2 on bad input.")
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STORE", arity = "1..*", description = "the shards' .db files")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the merged store to create (must not exist)")
    Path output;

    @Option(names = "--export-dir", paramLabel = "DIR", description = "also write summary.json, predictions.jsonl and tasks.csv here")
    Path exportDir;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try {
            int n = StoreMerge.merge(inputs, output);
            try (BenchStore merged = BenchStore.open(output)) {
                BenchConfig config = merged.config().orElseThrow();
                var attempts = merged.attempts();
                var outcomes = attempts.stream().map(a -> a.outcome()).toList();
                var summary = SuiteMetrics.summarize(outcomes);
                out.println("merge: " + inputs.size() + " store(s), " + n + " attempt(s) into " + output);
                out.print(SummaryTable.render(config, summary));
                if (exportDir != null) {
                    BenchExports.writeAll(exportDir, config, summary, SuiteMetrics.scores(outcomes), attempts, List.of());
                    out.println("merge: wrote summary.json, predictions.jsonl, tasks.csv to " + exportDir);
                }
            }
            out.flush();
            return ExitCode.OK;
        } catch (StoreMismatchException e) {
            throw new UserError(e.getMessage());
        } catch (SQLException e) {
            throw new UserError("cannot merge: " + e.getMessage());
        }
    }
}
