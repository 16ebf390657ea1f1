package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.BuildSpec;
import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.RunSpec;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.TaskYaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small program tasks written to a temporary folder, as a loader would produce them. */
final class TestTasks {
    private TestTasks() {
    }

    static Task program(Path dir, Language language, Map<String, String> files) throws IOException {
        return program(dir, language, files, BuildSpec.defaults(), RunSpec.defaults(), TaskLimits.defaults());
    }

    static Task program(Path dir, Language language, Map<String, String> files, BuildSpec build, RunSpec run, TaskLimits limits) throws IOException {
        Path src = dir.resolve("src");
        for (var f : files.entrySet()) {
            Path p = src.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        List<String> sources = TaskYaml.listFiles(src);
        return Task.of(dir, "t-" + language.id(), language, TaskKind.PROGRAM, src).withSources(sources).withEditable(sources)
                .withBuild(build).withRun(run).withJudge(Judge.defaults().withCommand("true")).withLimits(limits);
    }
}
