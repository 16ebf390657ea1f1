package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelScripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kernel task's workspace: the original sources, the candidate's files over them, and perfagent's own scripts plus
 * a copy of the reference from the ORIGINAL sources in {@code .perfagent/} (a candidate replacing the reference file
 * with its ModelNew, as KernelBench solutions do, cannot change what it is compared with).
 */
final class KernelWorkspace {
    private KernelWorkspace() {
    }

    static Workspace create(Task task, Candidate candidate) {
        Workspace ws = Workspace.create(task.id());
        try {
            ws.copyFrom(task.sourceRoot());
            for (var e : candidate.files().entrySet()) {
                Path target = ws.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
            Path dir = KernelScripts.install(ws.dir());
            Path reference = task.sourceRoot().resolve(task.kernel().reference());
            if (Files.isRegularFile(reference)) Files.copy(reference, dir.resolve("reference.py"));
            return ws;
        } catch (IOException e) {
            ws.close();
            throw new UncheckedIOException(e);
        }
    }
}
