package dev.perfagent.agent.pr;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.jmh.JmhCommand;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PR mode's engine: check the input, check out base and head side by side, build both, time every benchmark on
 * both (interleaved, with the evaluator's statistics), optionally search for verified faster versions of the
 * changed methods. Front ends (the CLI, tests) render and post the {@link PrResult}.
 */
public final class PrRun {
    private final Sandbox sandbox;
    private final OptimizeRun.Makers makers;
    private final PrintWriter progress;

    public PrRun(Sandbox sandbox, OptimizeRun.Makers makers, PrintWriter progress) {
        this.sandbox = sandbox;
        this.makers = makers;
        this.progress = progress;
    }

    PrResult run(PrOptions o) {
        Git git = new Git(o.repo());
        if (!Files.isDirectory(o.repo()) || !git.isRepository()) {
            throw new PrException(o.repo() + " is not a git repository: give the checkout with --repo DIR");
        }
        if (o.benches().isEmpty() && o.jmh().isEmpty()) {
            throw new PrException("no benchmark given: add --bench \"<command>\" (repeatable) or --jmh <regex>");
        }
        String base = resolve(git, o.base(), o);
        String head = resolve(git, o.head(), o);
        MeasurementPlan plan = MeasurementPlan.defaults().withThreshold(o.threshold()).withBudget(o.measureBudget())
                .withMaxSamples(o.maxRuns()).withSeed(o.seed());
        CheckoutRunner runner = new CheckoutRunner(sandbox, o.runTimeout());
        try (Worktrees checkouts = Worktrees.checkout(git, base, head)) {
            BuildPlan headBuild = BuildPlan.detect(checkouts.head().dir(), o.build());
            build("base", base, checkouts.base(), BuildPlan.detect(checkouts.base().dir(), o.build()), runner);
            build("head", head, checkouts.head(), headBuild, runner);
            List<Benchmark> benchmarks = new ArrayList<>();
            o.benches().forEach(c -> benchmarks.add(new CommandBenchmark(c)));
            if (o.jmh().isPresent()) benchmarks.addAll(jmh(o, checkouts, runner));
            if (benchmarks.isEmpty()) {
                throw new PrException("no JMH benchmark matches --jmh " + o.jmh().orElse("") + " in the head's benchmarks jar; check the regex");
            }
            List<BenchResult> results = new BenchComparison(runner, plan, progress).compare(benchmarks, checkouts);
            Optional<Suggester.Found> found = Optional.empty();
            Map<String, List<LineRange>> reviewable = Map.of();
            // the changed methods: where annotations point, and what --suggest may search
            var changed = ChangedCodeFinder.find(checkouts.head().dir(), DiffHunks.parse(git.diffWithoutContext(base, head)));
            if (o.suggest().isPresent()) {
                String workload = workload(benchmarks, o.jmh());
                HeadProfile.Taken profiles = new HeadProfile(sandbox, progress).take(changed, checkouts.head().dir(), headBuild,
                        workload, o.runTimeout(), o.out().toAbsolutePath());
                HotChanges.Ranked ranked = HotChanges.rank(changed, profiles.profiles(), profiles.unprofiled());
                progress.printf("suggest: %d changed method(s), %d hot enough to try (%s)%n", changed.size(), ranked.hot().size(),
                        ranked.ranking());
                reviewable = DiffHunks.parse(git.diffAsGitHubShowsIt(base, head));
                found = Optional.of(new Suggester(sandbox, makers, progress).suggest(ranked, checkouts.head().dir(), headBuild,
                        workload, o.suggest().get(), plan, o.runTimeout(), o.out().toAbsolutePath()));
            }
            return new PrResult(base, head, o.threshold(), runner.sandboxName(), headBuild.describe(), results, found, reviewable, changed);
        }
    }

    private static String resolve(Git git, String ref, PrOptions o) {
        return git.resolve(ref).orElseThrow(() -> new PrException("ref " + ref + " not found in " + o.repo()
                + ": fetch it (git fetch origin " + ref + ") or check the name"));
    }

    private void build(String side, String sha, Workspace checkout, BuildPlan plan, CheckoutRunner runner) {
        if (plan.command().isEmpty()) return;
        progress.printf("building the %s (%s): %s%n", side, PrResult.shortSha(sha), plan.command().get());
        progress.flush();
        StatusLine.of(progress).show("building the " + side + " (" + PrResult.shortSha(sha) + ")");
        ExecResult r = runner.build(checkout, plan);
        if (!r.ok()) {
            String why = r.timedOut() ? "the build ran past its time limit"
                    : Excerpt.firstError(r.stderr().isBlank() ? r.stdout() : r.stderr());
            throw new PrException("the " + side + " (" + PrResult.shortSha(sha) + ") does not build with " + plan.describe() + ": "
                    + (why.isBlank() ? r.describeEnd() : why) + (plan.maven() ? " (Maven runs offline: dependencies must be in ~/.m2)" : ""));
        }
    }

    private static List<JmhBenchmark> jmh(PrOptions o, Worktrees checkouts, CheckoutRunner runner) {
        String jar = JmhDiscovery.findJar(checkouts.head().dir()).orElseThrow(() -> new PrException(
                "--jmh: no benchmarks jar in the head's build (looked for target/benchmarks.jar and target/*jmh*.jar);"
                        + " build it with the JMH archetype's shade setup or give --build"));
        return JmhDiscovery.list(checkouts.head(), runner, jar, o.jmh().get(), o.jmhArgs());
    }

    /** What a suggestion is timed on: every benchmark command in turn (JMH: one fork of the selected benchmarks). */
    private static String workload(List<Benchmark> benchmarks, Optional<String> jmhRegex) {
        List<String> commands = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            if (b instanceof CommandBenchmark c) commands.add("(" + c.command() + ")");
        }
        benchmarks.stream().filter(b -> b instanceof JmhBenchmark).map(b -> (JmhBenchmark) b).findFirst().ifPresent(j ->
                commands.add("(" + JmhCommand.printingJson(j.jar(), jmhRegex.orElse(".*"), j.extraArgs()) + ")"));
        return String.join(" && ", commands);
    }
}
