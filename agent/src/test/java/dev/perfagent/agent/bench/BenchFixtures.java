package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shared by the bench tests: the bundled PIE suite, small suites cut from it, requests, a sandbox that is never used. */
final class BenchFixtures {
    static final Path PIE = Path.of("..", "datasets", "suites", "pie-examples").toAbsolutePath().normalize();

    private BenchFixtures() {
    }

    /** A PIE suite of some of the bundled problems (records and their cases). */
    static Path pieSubset(Path dir, String... ids) throws Exception {
        List<String> keep = List.of(ids);
        String lines = Files.readAllLines(PIE.resolve("pie-examples.jsonl")).stream()
                .filter(l -> keep.stream().anyMatch(id -> l.contains("\"problem_id\": \"" + id + "\"")))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("subset.jsonl"), lines);
        for (String id : ids) {
            Path from = PIE.resolve("tests").resolve(id);
            Path to = Files.createDirectories(dir.resolve("tests").resolve(id));
            try (var list = Files.list(from)) {
                for (Path p : list.toList()) Files.copy(p, to.resolve(p.getFileName().toString()));
            }
        }
        return dir;
    }

    static BenchRequest request(Path suite, String model, int attempts, int jobs, Shard shard, Path store, double budgetSeconds) {
        MeasurementPlan plan = MeasurementPlan.defaults().withBudget(Duration.ofMillis((long) (budgetSeconds * 1000)));
        return new BenchRequest(suite, "pie", model, "refine", attempts, jobs, shard, store, Optional.empty(), new EvaluatorOptions(plan, false));
    }

    /** For runners that never run anything in a sandbox (the fake one). */
    static Sandbox unusedSandbox() {
        return new Sandbox() {
            @Override
            public ExecResult exec(Workspace workspace, ExecSpec spec) {
                throw new AssertionError("the fake runner runs nothing");
            }

            @Override
            public String name() {
                return "none";
            }
        };
    }

    static Bench.Report run(BenchRequest request) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        return Bench.run(request, BenchFixtures::unusedSandbox, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** The stored rows without their timings: what two equivalent runs must agree on. */
    static List<String> rows(Path store) throws Exception {
        try (BenchStore s = BenchStore.open(store)) {
            return s.attempts().stream().map(a -> a.taskId() + "#" + a.attempt() + " " + a.status() + " " + a.category() + " "
                    + a.speedup() + " " + a.low() + " " + a.high() + " " + a.expertSpeedup() + " " + a.tokensIn() + "/" + a.tokensOut()
                    + " " + a.costUsd() + " " + a.patch().hashCode()).toList();
        }
    }
}
