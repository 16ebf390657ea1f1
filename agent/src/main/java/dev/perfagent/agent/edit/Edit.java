package dev.perfagent.agent.edit;

import java.util.List;

/**
 * One change a model asked for, as written in its reply. {@code path} is the path as the model wrote it, already
 * cleaned of decoration ({@code ./}, backticks); {@link EditPaths} resolves it against the task's files when the edit
 * is applied. An empty path means the model named no file (allowed when the task has exactly one editable file).
 */
public sealed interface Edit permits Edit.SearchReplace, Edit.UnifiedDiff, Edit.WholeFile {

    String path();

    /** Replace the lines {@code search} with {@code replace}; both hold whole lines, each ending in a newline. */
    record SearchReplace(String path, String search, String replace) implements Edit {
    }

    /**
     * A unified diff for one file. {@code createsFile} when the old side is {@code /dev/null}; a diff that deletes a
     * file is reported as a problem by the parser, never produced.
     */
    record UnifiedDiff(String path, List<Hunk> hunks, boolean createsFile) implements Edit {
        public UnifiedDiff {
            hunks = List.copyOf(hunks);
        }
    }

    /**
     * One hunk: the lines it expects ({@code before}: context and removed lines) and what they become
     * ({@code after}: context and added lines). {@code oldStart} is the model's line number, 1-based, 0 when absent;
     * it only breaks ties between equally good matches, since models get line numbers wrong.
     */
    record Hunk(int oldStart, List<String> before, List<String> after) {
        public Hunk {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** The complete new content of a file. */
    record WholeFile(String path, String content) implements Edit {
    }
}
