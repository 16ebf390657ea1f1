package dev.perfagent.agent.cli;

import dev.perfagent.datasets.Problem;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskFormatException;
import dev.perfagent.datasets.TaskSuite;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.toolchain.Toolchains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code perfagent tasks validate}: every problem in every task file, with file and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check task files (a task.yaml, a task folder, or a suite folder): every problem is listed with its file and field.%n"
                + "Exit code 0 when all are valid, 2 otherwise.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "task.yaml, task folder or suite folder")
    Path path;

    @Override
    public Integer call() {
        if (!Files.exists(path)) throw new UserError(path + " does not exist; give a task.yaml, a task folder or a suite folder");
        List<Path> files = TaskSuite.taskFiles(path);
        if (files.isEmpty()) throw new UserError("no task.yaml found under " + path);
        var out = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        int valid = 0;
        for (Path f : files) {
            try {
                Task t = TaskYaml.load(f);
                List<Problem> own = new ArrayList<>();
                Toolchains.missing(t).ifPresent(m -> own.add(new Problem(f, "language", m)));
                Path other = ids.putIfAbsent(t.id(), f);
                if (other != null) own.add(new Problem(f, "id", "'" + t.id() + "' is also the id of " + other + "; ids must be unique in a suite"));
                if (own.isEmpty()) {
                    valid++;
                    out.println("ok       " + t.id() + "  (" + t.language().id() + ", " + t.judge().cases().size() + " cases" + (t.expert().isPresent() ? ", expert" : "") + ")");
                }
                problems.addAll(own);
            } catch (TaskFormatException e) {
                problems.addAll(e.problems());
            }
        }
        for (Problem p : problems) out.println("problem  " + p);
        out.println(valid + " of " + files.size() + " task(s) valid" + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)"));
        return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
