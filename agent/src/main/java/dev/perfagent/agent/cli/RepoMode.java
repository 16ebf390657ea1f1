package dev.perfagent.agent.cli;

import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.repo.Detection;
import dev.perfagent.agent.repo.PatchDelivery;
import dev.perfagent.agent.repo.RepoDetector;
import dev.perfagent.agent.repo.RepoJmh;
import dev.perfagent.agent.repo.RepoOptimize;
import dev.perfagent.agent.repo.RepoSetup;
import dev.perfagent.agent.report.RunReport;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.RunFolder;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.sandbox.local.LocalSandbox;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code perfagent optimize --repo DIR}: resolves how the repository is built, tested and timed (flags, then
 * perfagent.yaml's {@code repo:} keys, then detection), runs {@link RepoOptimize}, and delivers the patch when asked.
 */
final class RepoMode {
    static final int DEFAULT_TARGETS = RepoSetup.DEFAULT_TARGETS;

    private final OptimizeCommand f;
    private final PrintWriter out;
    private final PrintWriter err;

    RepoMode(OptimizeCommand flags, PrintWriter out, PrintWriter err) {
        this.f = flags;
        this.out = out;
        this.err = err;
    }

    /**
     * A folder perfagent treats as a repository without being told: its perfagent.yaml has a {@code repo:} section
     * (what perfagent init writes). A build file alone is not enough: running optimize in some Maven module by
     * mistake should ask for --task, not start profiling it.
     */
    static boolean looksLikeRepo(Path dir) {
        Path yaml = dir.resolve("perfagent.yaml");
        if (!Files.isRegularFile(yaml)) return false;
        try {
            return ConfigFile.load(Optional.of(yaml)).root().has("repo");
        } catch (ConfigFile.ConfigException e) {
            return false;
        }
    }

    int run() throws Exception {
        if (f.apply && f.branch != null) throw new UserError("--apply and --branch do not go together; choose one");
        if (f.sandboxOptions != null && f.sandboxOptions.kind != null && !f.sandboxOptions.kind.equals("local")) {
            throw new UserError("repository mode runs in the local sandbox only for now (--sandbox local); the container image has no ~/.m2 or project toolchain");
        }
        Path dir = f.repoDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new UserError("--repo " + f.repoDir() + " is not a folder; give the repository's top folder");
        ConfigFile config = config(dir);
        RepoSetup setup = setup(dir, config);
        boolean defaultTest = f.test == null && config.text("repo.test").isEmpty();
        RunSettings settings = Settings.resolve(f, config, System.getenv());
        if (setup.jmh().isPresent() && f.measureBudget == null && config.text("measure.budget").isEmpty()) {
            settings = settings.withMeasureBudget(RepoJmh.DEFAULT_MEASURE_BUDGET);
            err.printf("JMH forks take seconds each: timing budget %.0f s per candidate (--budget changes it)%n", settings.measureBudget());
        }
        Path root = f.runsDir != null ? f.runsDir : config.text("runs-dir").map(Path::of).orElse(RunFolder.DEFAULT_ROOT);
        String id = f.runId != null ? f.runId : RunFolder.newId(setup.name());
        Path runDir = root.toAbsolutePath().resolve(id);
        if (Files.exists(runDir)) throw new UserError("run " + id + " already exists in " + root + "; choose another --run-id");
        err.printf("optimizing repository %s (%s) with %s; benchmark: %s; tests: %s; run %s%n", dir, setup.buildSystem().label(),
                settings.model(), setup.workloadLabel(), dev.perfagent.agent.repo.MavenFlags.shown(setup.test()), runDir);
        try (LocalSandbox sandbox = LocalSandbox.detect()) {
            RepoOptimize engine = new RepoOptimize(sandbox, Parts.makers(System.getenv(), config), Progress.lines(err), err);
            boolean budgetGiven = f.measureBudget != null || config.text("measure.budget").isPresent();
            RepoOptimize.Result r = engine.run(setup, defaultTest, budgetGiven, settings, id, runDir);
            out.println(RunReport.headline(r.summary()));
            if (setup.jmh().isPresent()) {
                r.summary().best().flatMap(b -> b.outcome()).ifPresent(o -> out.println("verdict: " + o.reason()));
            }
            // the progress lines (stderr) already said why it stopped
            if (r.summary().attempts().isEmpty()) {
                dev.perfagent.agent.repo.NoCandidate.why(settings.model(), setup.language(), r.task().editable()).ifPresent(out::println);
            }
            Path patch = runDir.resolve("best.patch");
            out.println("report: " + runDir.resolve("report.md") + (r.summary().bestPatch().isEmpty() ? "" : "   patch: " + patch));
            if (r.summary().best().isPresent() && (f.apply || f.branch != null)) {
                try {
                    out.println(f.apply ? PatchDelivery.apply(dir, patch)
                            : PatchDelivery.branch(dir, patch, f.branch, "perfagent: " + r.summary().best().get().summary()));
                } catch (PatchDelivery.DeliveryException e) {
                    err.println("perfagent: " + e.getMessage());
                    out.flush();
                    return ExitCode.NOT_MET;
                }
            } else if (f.apply || f.branch != null) {
                out.println("nothing delivered: no candidate was verified faster");
            }
            out.flush();
            if (r.summary().failed()) return ExitCode.NOT_MET;
            return r.summary().best().isPresent() ? ExitCode.OK : ExitCode.NOT_MET;
        } catch (TaskSetupException e) {
            throw new UserError(e.getMessage());
        } catch (RepoOptimize.RepoException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** --config, else ./perfagent.yaml, else the repository's perfagent.yaml. */
    private ConfigFile config(Path dir) {
        if (f.config == null && !Files.exists(Path.of("perfagent.yaml")) && Files.exists(dir.resolve("perfagent.yaml"))) {
            try {
                return ConfigFile.load(Optional.of(dir.resolve("perfagent.yaml")));
            } catch (ConfigFile.ConfigException e) {
                throw new UserError(e.getMessage());
            }
        }
        return f.loadConfig();
    }

    private RepoSetup setup(Path dir, ConfigFile config) {
        Detection d = RepoDetector.detect(dir).orElseThrow(() -> new UserError("no build recognised in " + dir
                + " (looked for pom.xml, CMakeLists.txt, Makefile, Python files); give --task for a task folder instead"));
        Optional<RepoJmh> jmh = jmh(d, config);
        if (jmh.isPresent()) {
            String test = first(f.test, config.text("repo.test")).orElse(d.test());
            Optional<String> build = first(f.build, config.text("repo.build")).or(d::jmhBuild).or(() -> d.buildSystem().defaultBuild());
            String name = dir.getFileName() == null ? "repo" : dir.getFileName().toString();
            // JMH's output is its scores: nothing to compare between runs
            return RepoSetup.of(dir, name, d.buildSystem(), d.language()).withBuild(build).withTest(test).withTargets(targets(config)).withJmh(jmh)
                    .withMemory(memory(config))
                    .withNamed(named(config)).withMaxPromptChars(maxPrompt(config));
        }
        if (f.jmhArgs != null) throw new UserError("--jmh-args goes with --jmh REGEX (JMH benchmarks instead of a --bench command)");
        String bench = first(f.bench, config.text("repo.bench")).or(d::bench).orElseThrow(() -> new UserError(
                "no benchmark for " + dir + ": give --bench \"<command>\" or set repo.bench in perfagent.yaml (perfagent init writes one)"
                        + (d.benches().isEmpty() ? "" : "; candidates: " + String.join(" | ", d.benches()))));
        String test = first(f.test, config.text("repo.test")).orElse(d.test());
        if (d.buildSystem() == dev.perfagent.agent.repo.BuildSystem.PYTHON) {
            // a src/ layout imports only with src on the path, as the installed package would
            bench = dev.perfagent.agent.repo.PythonLayout.withPath(dir, d.files(), bench);
            test = dev.perfagent.agent.repo.PythonLayout.withPath(dir, d.files(), test);
        }
        Optional<String> build = first(f.build, config.text("repo.build")).or(() -> d.buildSystem().defaultBuild());
        int targets = targets(config);
        boolean check = config.text("repo.check-output").map(v -> !v.equals("false")).orElse(true);
        String name = dir.getFileName() == null ? "repo" : dir.getFileName().toString();
        return RepoSetup.of(dir, name, d.buildSystem(), d.language()).withBuild(build).withTest(test).withBench(bench).withCheckOutput(check)
                .withTargets(targets).withMemory(memory(config))
                .withNamed(named(config)).withMaxPromptChars(maxPrompt(config));
    }

    /** --target FILE[:FUNCTION] (repeatable), else repo.targets when it is a list or a name rather than a count. */
    private java.util.List<String> named(ConfigFile config) {
        if (f.target != null && !f.target.isEmpty()) return f.target;
        com.fasterxml.jackson.databind.JsonNode n = config.at("repo.targets");
        java.util.List<String> out = new java.util.ArrayList<>();
        if (n.isArray()) n.forEach(e -> out.add(e.asText()));
        else if (n.isTextual() && !n.asText().matches("\\d+")) out.add(n.asText());
        return out;
    }

    /** repo.max-prompt: the most characters a prompt may have (60000 unless set). */
    private static int maxPrompt(ConfigFile config) {
        try {
            double n = config.number("repo.max-prompt").orElse((double) dev.perfagent.agent.repo.RepoSetup.DEFAULT_MAX_PROMPT_CHARS);
            if (n < 2000) throw new UserError("repo.max-prompt: " + (long) n + " characters is too few for a file and the instructions; give at least 2000");
            return (int) Math.min(n, Integer.MAX_VALUE);
        } catch (ConfigFile.ConfigException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** repo.memory: 2g, 1536m, or MiB. */
    private static long memory(ConfigFile config) {
        Optional<String> text = config.text("repo.memory");
        if (text.isEmpty()) return dev.perfagent.agent.repo.RepoMemory.DEFAULT_BYTES;
        return dev.perfagent.agent.repo.RepoMemory.parse(text.get()).orElseThrow(() -> new UserError(
                "repo.memory: " + text.get() + " is not a memory size: write e.g. 4g or 3072m (at least 64m)"));
    }

    private int targets(ConfigFile config) {
        int targets;
        try {
            boolean count = config.at("repo.targets").isNumber() || config.text("repo.targets").filter(t -> t.matches("\\d+")).isPresent();
            targets = f.targets != null ? f.targets : count ? config.number("repo.targets").map(Double::intValue).orElse(DEFAULT_TARGETS) : DEFAULT_TARGETS;
        } catch (ConfigFile.ConfigException e) {
            throw new UserError(e.getMessage());
        }
        if (targets < 1) throw new UserError("--targets must be at least 1");
        return targets;
    }

    /**
     * The JMH benchmarks to time, if those and not a command: --jmh; else repo.jmh unless --bench is given; else, with
     * no benchmark command anywhere, the JMH benchmarks detection found in the sources.
     */
    private Optional<RepoJmh> jmh(Detection d, ConfigFile config) {
        if (f.jmh != null && f.bench != null) throw new UserError("--bench and --jmh do not go together: time a command or JMH benchmarks, not both");
        Optional<String> regex;
        if (f.jmh != null) {
            regex = Optional.of(f.jmh);
        } else if (f.bench != null) {
            regex = Optional.empty();
        } else if (config.text("repo.jmh").isPresent()) {
            if (config.text("repo.bench").isPresent()) {
                throw new UserError("perfagent.yaml sets both repo.bench and repo.jmh; keep one, or choose with --bench or --jmh");
            }
            regex = config.text("repo.jmh");
        } else if (config.text("repo.bench").isEmpty() && d.bench().isEmpty()) {
            regex = d.jmhRegex();
        } else {
            regex = Optional.empty();
        }
        if (regex.isEmpty()) return Optional.empty();
        if (d.language() != dev.perfagent.datasets.Language.JAVA) {
            throw new UserError("--jmh times JMH benchmarks, which need a Java (Maven) repository; this one builds with "
                    + d.buildSystem().label() + ": give --bench");
        }
        if (regex.get().isBlank()) throw new UserError("--jmh needs a regex selecting benchmarks, e.g. --jmh 'ReportBench'");
        try {
            java.util.regex.Pattern.compile(regex.get());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UserError("--jmh " + regex.get() + " is not a regular expression: " + e.getDescription());
        }
        String args = f.jmhArgs != null ? f.jmhArgs : config.text("repo.jmh-args").orElse(RepoJmh.DEFAULT_ARGS);
        return Optional.of(new RepoJmh(regex.get(), args));
    }

    private static Optional<String> first(String flag, Optional<String> file) {
        return flag != null ? Optional.of(flag) : file;
    }
}
