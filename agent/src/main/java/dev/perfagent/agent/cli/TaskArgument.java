package dev.perfagent.agent.cli;

import dev.perfagent.datasets.Problem;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskFormatException;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns command-line paths into tasks and candidates, or into one-line user errors. */
final class TaskArgument {
    private TaskArgument() {
    }

    static Task load(Path path) {
        if (!Files.exists(path)) throw new UserError("task " + path + " does not exist; give a folder holding a task.yaml");
        try {
            return TaskYaml.load(path);
        } catch (TaskFormatException e) {
            Problem first = e.problems().get(0);
            String more = e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more; run perfagent tasks validate " + path + ")" : "";
            throw new UserError(first + more);
        }
    }

    static Candidate candidate(Path dir) {
        if (!Files.exists(dir)) throw new UserError("candidate " + dir + " does not exist; give a folder of replacement source files");
        if (!Files.isDirectory(dir)) throw new UserError("candidate " + dir + " is not a folder; give a folder of replacement source files");
        try {
            Candidate c = Candidate.fromDirectory(dir);
            // a folder of links only is not empty: the evaluator REJECTS it, saying why
            if (c.files().isEmpty() && c.notRegular().isEmpty()) throw new UserError("candidate " + dir + " is empty; put the changed source files in it");
            return c;
        } catch (UncheckedIOException e) {
            throw new UserError("candidate " + dir + " cannot be read: " + e.getCause().getMessage());
        }
    }
}
