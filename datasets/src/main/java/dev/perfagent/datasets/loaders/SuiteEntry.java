package dev.perfagent.datasets.loaders;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;

import java.util.Optional;

/**
 * One task of a suite as a batch run sees it: runnable here ({@code task} present), or skipped with the reason.
 *
 * @param id          unique within the suite; the key of results, shards and predictions
 * @param kind        program, repo or kernel
 * @param task        the task, when it can run on this machine
 * @param skipReason  why it cannot run here (no GPU, no repository checkout), when {@code task} is empty
 * @param fingerprint digest of everything the task is made of, so two machines can tell they ran the same suite
 * @param expertPatch the expert's change as a patch, where the suite ships one as text (GSO's gt_diff)
 */
public record SuiteEntry(String id, TaskKind kind, Optional<Task> task, Optional<String> skipReason,
                         String fingerprint, Optional<String> expertPatch) {

    public SuiteEntry {
        if (task.isEmpty() == skipReason.isEmpty()) {
            throw new IllegalArgumentException(id + ": an entry has either a task or a reason to skip it");
        }
    }

    public static SuiteEntry runnable(Task task, String fingerprint) {
        return new SuiteEntry(task.id(), task.kind(), Optional.of(task), Optional.empty(), fingerprint, Optional.empty());
    }

    public static SuiteEntry skipped(String id, TaskKind kind, String reason, String fingerprint) {
        return new SuiteEntry(id, kind, Optional.empty(), Optional.of(reason), fingerprint, Optional.empty());
    }

    public SuiteEntry withExpertPatch(String patch) {
        return new SuiteEntry(id, kind, task, skipReason, fingerprint, Optional.ofNullable(patch));
    }

    public boolean runnable() {
        return task.isPresent();
    }
}
