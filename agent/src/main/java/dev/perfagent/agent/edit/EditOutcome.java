package dev.perfagent.agent.edit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What a reply amounts to: new contents for the files it changed, or feedback telling the model what to fix. */
public sealed interface EditOutcome permits EditOutcome.Files, EditOutcome.Feedback {

    /**
     * Relative path → complete new content, only for files whose content changed; never empty. May hold paths that
     * are not editable (see {@link EditApplier}): the evaluator rejects those candidates.
     */
    record Files(Map<String, String> files) implements EditOutcome {
        public Files {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
            if (files.isEmpty()) throw new IllegalArgumentException("no changed files; use Feedback instead");
        }
    }

    /** Why nothing could be taken from the reply and how to write edits, to send back to the model; never blank. */
    record Feedback(String text) implements EditOutcome {
        public Feedback {
            if (text == null || text.isBlank()) throw new IllegalArgumentException("feedback must say something");
        }
    }
}
