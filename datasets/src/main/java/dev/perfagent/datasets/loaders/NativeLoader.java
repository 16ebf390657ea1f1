package dev.perfagent.datasets.loaders;

import dev.perfagent.datasets.Problem;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskFormatException;
import dev.perfagent.datasets.TaskSuite;
import dev.perfagent.datasets.TaskYaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** perfagent's own format: a folder of task folders, each holding a task.yaml (docs/task-format.md). */
public final class NativeLoader implements TaskLoader {
    @Override
    public String name() {
        return "native";
    }

    @Override
    public String description() {
        return "folders holding task.yaml";
    }

    @Override
    public LoadedSuite load(Path suite, LoadContext context) throws SuiteNotFoundException {
        if (!Files.exists(suite)) throw new SuiteNotFoundException("suite " + suite + " does not exist; give a folder of task folders");
        List<Path> files = TaskSuite.taskFiles(suite);
        if (files.isEmpty()) throw new SuiteNotFoundException("no task.yaml found under " + suite + " (for PIE, KernelBench or GSO suites give --loader)");
        List<SuiteEntry> entries = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            try {
                Task t = TaskYaml.load(file);
                if (!ids.add(t.id())) {
                    problems.add(new RecordProblem(file, 0, "id " + t.id() + " is used by another task of the suite; ids must be unique"));
                    continue;
                }
                entries.add(SuiteEntry.runnable(t, new Fingerprint().folder(t.dir()).hex()));
            } catch (TaskFormatException e) {
                for (Problem p : e.problems()) problems.add(new RecordProblem(p.file(), 0, p.field() + ": " + p.message()));
            }
        }
        return new LoadedSuite(suite.toAbsolutePath().normalize().getFileName().toString(), name(), entries, problems);
    }
}
