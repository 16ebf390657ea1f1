package dev.perfagent.agent.cli;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.agent.pr.PrMode;
import dev.perfagent.agent.pr.PrOptions;
import dev.perfagent.agent.pr.SuggestOptions;
import dev.perfagent.agent.run.Proposers;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code perfagent pr}: measure a pull request against its base, gate on regressions, suggest verified speedups. */
@Command(name = "pr", mixinStandardHelpOptions = true,
        description = "Measure a pull request's head against its base: each benchmark timed on both, interleaved, with a verdict"
                + " REGRESSED / NEUTRAL / IMPROVED (or inconclusive) and its interval; optionally suggest verified faster"
                + " versions of the changed methods, and post it all as one PR comment.%n"
                + "Exit code 0, 1 when --fail-on-regression and a benchmark regressed (or fails on the head), 2 on bad input.")
public final class PrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** GitHub's variables and model keys: the process's environment, or the one a test sets ({@link Environment}). */
    private final Map<String, String> env = Environment.get();

    @Option(names = "--base", required = true, paramLabel = "REF", description = "the PR's base: a sha, branch or tag")
    String base;

    @Option(names = "--head", required = true, paramLabel = "REF", description = "the PR's head: a sha, branch or tag")
    String head;

    @Option(names = "--bench", paramLabel = "COMMAND", description = "a benchmark command, run in the checkout's root (repeatable)")
    List<String> benches = new ArrayList<>();

    @Option(names = "--jmh", paramLabel = "REGEX", description = "JMH benchmarks of the benchmarks jar (target/benchmarks.jar or found) to compare")
    String jmh;

    @Option(names = "--jmh-args", paramLabel = "ARGS", defaultValue = "",
            description = "more JMH options for every fork, e.g. \"-wi 3 -i 5 -w 1s -r 1s\"")
    String jmhArgs;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "the git checkout (default: the current folder)")
    Path repo;

    @Option(names = "--build", paramLabel = "COMMAND",
            description = "how to build each checkout (default: mvn -q -o -DskipTests package where a pom.xml is, else nothing)")
    String build;

    @Option(names = "--test", paramLabel = "COMMAND", description = "the repository's test command, for --suggest (Maven: the build runs the tests)")
    String test;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "1.05",
            description = "a change counts when the whole 95%% interval is past this factor (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "60s", converter = Durations.Seconds.class,
            description = "most time spent measuring one benchmark, both sides: 60s, 2m, or seconds (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "60", description = "most timed runs per side (default: ${DEFAULT-VALUE})")
    int maxRuns;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the run order and the bootstrap")
    long seed;

    @Option(names = "--measure", paramLabel = "WHAT", defaultValue = "time",
            description = "time (the only measure of a benchmark command; instructions applies to eval, optimize and bench tasks)")
    String measure;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = Durations.Seconds.class,
            description = "longest one benchmark run may take: 90s, 10m, or seconds (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--fail-on-regression", description = "exit 1 when a benchmark regressed (or fails on the head)")
    boolean failOnRegression;

    @Option(names = "--suggest", description = "search for verified faster versions of the changed methods and suggest them")
    boolean suggest;

    @Option(names = "--model", paramLabel = "NAME", description = "model for --suggest: rules, replay:FILE, provider:model (default: rules)")
    String model;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrl.class, description = "the model server's address (openai-compatible, ollama, or a proxy)")
    String baseUrl;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "rounds per changed method for --suggest")
    int rounds;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "6", description = "candidates per changed method for --suggest")
    int candidates;

    @Option(names = "--suggest-max", paramLabel = "N", defaultValue = "3", description = "changed methods to try at most")
    int suggestMax;

    @Option(names = "--tokens", paramLabel = "N", description = "token budget per changed method for --suggest (default 500000; 0: none)")
    Long tokens;

    @Option(names = "--money", paramLabel = "USD", description = "money budget per changed method for --suggest (default 5; 0: none)")
    Double money;

    @Option(names = "--time", paramLabel = "DURATION", converter = Durations.Seconds.class,
            description = "wall-time budget per changed method for --suggest: 20m, 1h, or seconds (default 60m)")
    Double time;

    @Option(names = "--comment", description = "post the result as the PR's perfagent comment (created once, then updated); needs GITHUB_TOKEN")
    boolean comment;

    @Option(names = "--pr", paramLabel = "N", description = "the pull request's number (default: from GITHUB_EVENT_PATH)")
    Integer pr;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".perfagent/pr", description = "where summary.json and comment.md go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--json", description = "print summary.json to stdout instead of the text summary")
    boolean json;

    @Mixin
    ConfigOption configOption;

    @Mixin
    SandboxOptions sandboxOptions;

    @Override
    public Integer call() throws Exception {
        try (StatusLine status = StatusLine.attach(spec.commandLine().getErr(), env)) {
            return pr(status.lines());
        }
    }

    private Integer pr(PrintWriter err) throws Exception {
        PrOptions o = options();
        ConfigFile config = configOption.load();
        if (suggest) PriceCheck.check(o.suggest().orElseThrow().model(), Parts.prices(config), money != null && money > 0, err);
        PrintWriter stdout = spec.commandLine().getOut();
        Interruption.started("rerun the same command: nothing is kept between runs of perfagent pr");
        try (Sandbox sandbox = sandboxOptions.open()) {
            int code = PrMode.execute(o, env, sandbox, Parts.makers(env, config, err),
                    json ? new PrintWriter(Writer.nullWriter()) : stdout, err);
            StatusLine.of(err).close();
            if (json) {
                stdout.println(Files.readString(o.out().resolve("summary.json")).strip());
                stdout.flush();
            }
            return code;
        }
    }

    PrOptions options() {
        MeasureOptions.check(threshold, budget, maxRuns, measure);
        if (!measure.equals("time")) {
            throw new UserError("--measure " + measure + ": perfagent pr times benchmark commands; use --measure time (instructions are for eval, optimize and bench tasks)");
        }
        if (benches.stream().anyMatch(String::isBlank)) throw new UserError("--bench needs a command, e.g. --bench \"python3 bench.py\"");
        if (benches.isEmpty() && jmh == null) throw new UserError("no benchmark given: add --bench \"<command>\" (repeatable) or --jmh <regex>");
        Optional<SuggestOptions> s = Optional.empty();
        if (suggest) {
            String m = model != null ? model : Proposers.defaultModel(env);
            try {
                Proposers.check(m, baseUrl, env);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            if (rounds < 1 || candidates < 1 || suggestMax < 1) throw new UserError("--rounds, --candidates and --suggest-max must be at least 1");
            dev.perfagent.agent.loop.Budget d = dev.perfagent.agent.loop.Budget.defaults();
            if ((tokens != null && tokens < 0) || (money != null && money < 0)) throw new UserError("--tokens and --money must not be negative (0: no limit)");
            s = Optional.of(new SuggestOptions(m, baseUrl, rounds, candidates, suggestMax, Optional.ofNullable(test),
                    tokens != null ? tokens : d.tokens(), money != null ? money : d.money(),
                    time != null ? (long) Math.ceil(time) : d.wallTime().toSeconds()));
        }
        return new PrOptions(repo.toAbsolutePath().normalize(), base, head, benches, Optional.ofNullable(jmh), jmhArgs,
                Optional.ofNullable(build), threshold, Duration.ofMillis((long) (budget * 1000)), maxRuns, seed,
                Duration.ofMillis((long) (timeout * 1000)), failOnRegression, s, comment,
                pr == null ? OptionalInt.empty() : OptionalInt.of(pr), out.toAbsolutePath().normalize());
    }
}
