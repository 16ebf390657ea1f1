package dev.perfagent.agent.cli;

import dev.perfagent.agent.repo.Detection;
import dev.perfagent.agent.repo.InitFile;
import dev.perfagent.agent.repo.RepoDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code perfagent init}: detects a repository's build, tests and benchmark and writes a commented perfagent.yaml. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Detect the repository's build, tests and benchmark and write a commented perfagent.yaml for perfagent optimize.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--repo", paramLabel = "DIR", description = "the repository (default: the current folder)")
    Path repo;

    @Option(names = "--force", description = "replace an existing perfagent.yaml")
    boolean force;

    @Option(names = "--stdout", description = "print the file instead of writing it")
    boolean stdout;

    @Override
    public Integer call() throws Exception {
        Path dir = (repo != null ? repo : Path.of("")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new UserError("--repo " + repo + " is not a folder");
        Detection d = RepoDetector.detect(dir).orElseThrow(() -> new UserError("no build recognised in " + dir
                + " (looked for pom.xml, CMakeLists.txt, Makefile, Python files)"));
        String name = dir.getFileName() == null ? "repo" : dir.getFileName().toString();
        String text = InitFile.render(name, d);
        var out = spec.commandLine().getOut();
        if (stdout) {
            out.print(text);
            out.flush();
            return ExitCode.OK;
        }
        Path file = dir.resolve("perfagent.yaml");
        if (Files.exists(file) && !force) throw new UserError(file + " exists; add --force to replace it, or --stdout to see what would be written");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        out.println("wrote " + file + " (" + d.buildSystem().label() + ", " + d.language().id() + "; benchmark: "
                + d.bench().or(() -> d.jmhRegex().map(r -> "the JMH benchmarks matching " + r)).orElse("none found: set repo.bench")
                + (d.bench().isPresent() && !d.jmhBenchmarks().isEmpty() ? "; " + d.jmhBenchmarks().size() + " JMH benchmark(s) listed for repo.jmh" : "") + ")");
        out.flush();
        return ExitCode.OK;
    }
}
