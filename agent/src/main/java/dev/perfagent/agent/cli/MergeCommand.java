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
                + "Refused when the stores come from different suites or configurations, or share a task. Exit code 0, 4 when shards of the split are missing (named), 2 on bad input.")
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
            StoreMerge.Result merged = StoreMerge.merge(inputs, output);
            try (BenchStore store = BenchStore.open(output)) {
                BenchConfig config = store.config().orElseThrow();
                var attempts = store.attempts();
                var outcomes = attempts.stream().map(a -> a.outcome()).toList();
                var summary = SuiteMetrics.summarize(merged.suiteTaskIds(), outcomes);
                var scores = SuiteMetrics.scores(merged.suiteTaskIds(), outcomes);
                out.println("merge: " + inputs.size() + " store(s), " + merged.attempts() + " attempt(s) into " + output);
                if (!merged.missingShards().isEmpty()) {
                    out.println("merge: missing shard(s) " + String.join(", ", merged.missingShards())
                            + ": their tasks are scored as not run; merge again with their stores to complete the suite");
                }
                out.print(SummaryTable.render(config, summary));
                SummaryTable.notRun(out, scores);
                if (exportDir != null) {
                    BenchExports.writeAll(exportDir, config, summary, scores, attempts, List.of());
                    out.println("merge: wrote summary.json, predictions.jsonl, tasks.csv to " + exportDir);
                }
            }
            out.flush();
            return merged.missingShards().isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE;
        } catch (StoreMismatchException e) {
            throw new UserError(e.getMessage());
        } catch (SQLException e) {
            throw new UserError("cannot merge: " + e.getMessage());
        }
    }
}
