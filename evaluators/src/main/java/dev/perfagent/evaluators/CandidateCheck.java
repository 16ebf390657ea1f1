package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;

import java.nio.file.Path;
import java.util.Optional;

/** The guardrail before anything runs: a candidate may only replace the task's editable files. */
public final class CandidateCheck {
    private CandidateCheck() {
    }

    /** Why the candidate must be rejected, or empty when its edits are allowed. */
    public static Optional<String> rejection(Task task, Candidate candidate) {
        if (!candidate.notRegular().isEmpty()) {
            return Optional.of(candidate.notRegular().get(0) + "; candidate files must be regular files");
        }
        for (String file : candidate.files().keySet()) {
            Path p = Path.of(file).normalize();
            if (p.isAbsolute() || p.startsWith("..") || file.contains("\\")) {
                return Optional.of("edits " + file + ", a path outside the task's sources");
            }
            if (!task.isEditable(p.toString())) {
                return Optional.of("edits " + file + ", which is not editable (editable: " + String.join(", ", task.editable()) + ")");
            }
        }
        return Optional.empty();
    }
}
