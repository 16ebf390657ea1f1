package dev.perfagent.agent.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies parsed edits, in reply order, to the parent's files. Edits to the same file compose (a later search can
 * find text an earlier one wrote). One rule for files outside the parent's (tests, build files, anything not
 * editable), whatever the edit's format: a whole file, a search/replace block or a diff for such a path is returned
 * among the changed files (with the text the model wrote for it), together with every other edit of the reply, so
 * that the evaluator rejects the candidate naming that file. Neither the edit nor the rest of the reply is silently
 * dropped, and the reply is not mistaken for an unreadable one.
 */
public final class EditApplier {
    private EditApplier() {
    }

    public static Applied apply(List<Edit> edits, Map<String, String> parentFiles) {
        return new Run(parentFiles).apply(edits);
    }

    private static final class Run {
        final Map<String, String> parent;
        final Map<String, TextLines> current = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();
        /** Edits to paths the parent does not have: path → what the model wrote there. */
        final Map<String, String> outside = new LinkedHashMap<>();

        Run(Map<String, String> parent) {
            this.parent = parent;
        }

        Applied apply(List<Edit> edits) {
            for (int k = 0; k < edits.size(); k++) {
                Edit edit = edits.get(k);
                String path = resolve(edit.path());
                if (path == null) {
                    problems.add(label(k, edit) + " names no file; put the file's path on the line before the block"
                            + " (files: " + fileList() + ")");
                    continue;
                }
                if (!(edit instanceof Edit.WholeFile) && file(path) == null && !createsFile(edit)) {
                    outside.put(path, written(edit));
                    continue;
                }
                if (edit instanceof Edit.WholeFile w) current.put(path, withEndings(TextLines.of(w.content()), path));
                else if (edit instanceof Edit.SearchReplace sr) searchReplace(k, sr, path);
                else if (edit instanceof Edit.UnifiedDiff d) diff(k, d, path);
            }
            Map<String, String> changed = new HashMap<>();
            current.forEach((path, lines) -> {
                String text = lines.text();
                if (!text.equals(parent.get(path))) changed.put(path, text);
            });
            // an edit to a file that is not the model's decides the candidate's fate: REJECTED, naming it
            if (!outside.isEmpty()) {
                changed.putAll(outside);
                return new Applied(changed, List.of());
            }
            return new Applied(changed, problems);
        }

        /** A search with nothing to find, or a diff from /dev/null, creates its file rather than editing one. */
        private static boolean createsFile(Edit edit) {
            if (edit instanceof Edit.SearchReplace sr) return BlockLocator.trimBlankEnds(TextLines.linesOf(sr.search())).isEmpty();
            return edit instanceof Edit.UnifiedDiff d && d.createsFile() && d.hunks().stream().allMatch(h -> BlockLocator.trimBlankEnds(h.before()).isEmpty());
        }

        /** What the model wrote for a file it may not edit: kept so the trajectory shows it. */
        private static String written(Edit edit) {
            if (edit instanceof Edit.SearchReplace sr) return sr.replace();
            List<String> after = new ArrayList<>();
            if (edit instanceof Edit.UnifiedDiff d) d.hunks().forEach(h -> after.addAll(h.after()));
            return String.join("\n", after) + "\n";
        }

        private void searchReplace(int k, Edit.SearchReplace sr, String path) {
            List<String> search = TextLines.linesOf(sr.search());
            List<String> replace = TextLines.linesOf(sr.replace());
            TextLines file = file(path);
            if (file == null) {
                if (BlockLocator.trimBlankEnds(search).isEmpty()) {
                    current.put(path, TextLines.of(sr.replace())); // an empty SEARCH creates a file (aider's convention)
                } else {
                    problems.add(label(k, sr) + " is for " + path + ", which is not one of the files (" + fileList() + ")");
                }
                return;
            }
            if (BlockLocator.trimBlankEnds(search).isEmpty()) {
                if (file.lines().stream().allMatch(String::isBlank)) current.put(path, file.with(replace));
                else problems.add(label(k, sr) + " has an empty SEARCH part; copy the exact lines to replace into it");
                return;
            }
            replaceBlock(label(k, sr), path, file, search, replace, -1);
        }

        private void diff(int k, Edit.UnifiedDiff d, String path) {
            TextLines file = file(path);
            if (d.createsFile() && d.hunks().stream().allMatch(h -> BlockLocator.trimBlankEnds(h.before()).isEmpty())) {
                List<String> content = new ArrayList<>();
                d.hunks().forEach(h -> content.addAll(h.after()));
                current.put(path, withEndings(new TextLines(content, true, false), path));
                return;
            }
            if (file == null) {
                problems.add(label(k, d) + " is for " + path + ", which is not one of the files (" + fileList() + ")");
                return;
            }
            int shift = 0; // how far earlier hunks moved the lines below them
            for (int h = 0; h < d.hunks().size(); h++) {
                Edit.Hunk hunk = d.hunks().get(h);
                int hint = hunk.oldStart() > 0 ? hunk.oldStart() - 1 + shift : -1;
                String which = label(k, d) + ", hunk " + (h + 1) + (hunk.oldStart() > 0 ? " (@@ -" + hunk.oldStart() + ")" : "");
                TextLines now = file(path);
                if (BlockLocator.trimBlankEnds(hunk.before()).isEmpty()) {
                    if (hint < 0 && !now.lines().isEmpty()) {
                        problems.add(which + " adds lines without any unchanged context lines; include a few lines around the change");
                        continue;
                    }
                    List<String> out = new ArrayList<>(now.lines());
                    out.addAll(Math.max(0, Math.min(hint, out.size())), hunk.after());
                    current.put(path, now.with(out));
                } else if (!replaceBlock(which, path, now, hunk.before(), hunk.after(), hint)) {
                    continue;
                }
                shift += hunk.after().size() - hunk.before().size();
            }
        }



        /** Replaces {@code search} by {@code replace} in the file, or records why it could not; true when it did. */
        private boolean replaceBlock(String which, String path, TextLines file, List<String> search, List<String> replace, int hint) {
            BlockLocator.Result r = BlockLocator.locate(file.lines(), search, hint);
            if (r instanceof BlockLocator.Found f) {
                current.put(path, file.with(BlockLocator.replace(file.lines(), f, replace)));
                return true;
            }
            if (r instanceof BlockLocator.NotFound n) {
                problems.add(which + " does not match " + path + ": " + n.detail()
                        + ". The old lines must be copied exactly from the current file.");
            } else if (r instanceof BlockLocator.Ambiguous a) {
                problems.add(which + " matches " + path + " in " + a.lines().size()
                        + " places (lines " + join(a.lines()) + "); include more surrounding lines so that it matches once");
            }
            return false;
        }

        /** The file as edited so far, or null when neither the parent nor an earlier edit has it. */
        private TextLines file(String path) {
            TextLines t = current.get(path);
            if (t != null) return t;
            String original = parent.get(path);
            return original == null ? null : TextLines.of(original);
        }

        /** The parent's path for a path the model wrote (an unnamed edit goes to the only file), null when unclear. */
        private String resolve(String raw) {
            if (EditPaths.clean(raw).isEmpty()) return parent.size() == 1 ? parent.keySet().iterator().next() : null;
            Set<String> known = new TreeSet<>(parent.keySet());
            known.addAll(current.keySet());
            return EditPaths.resolve(raw, known);
        }

        /** A rewritten file keeps the parent's line endings. */
        private TextLines withEndings(TextLines t, String path) {
            String original = parent.get(path);
            boolean crlf = original != null && original.contains("\r\n");
            return new TextLines(t.lines(), t.finalNewline() || t.lines().isEmpty(), crlf);
        }

        private String fileList() {
            if (parent.isEmpty()) return "none";
            List<String> names = new ArrayList<>(new TreeSet<>(parent.keySet()));
            return names.size() <= 10 ? String.join(", ", names) : String.join(", ", names.subList(0, 10)) + ", …";
        }
    }

    private static String label(int k, Edit edit) {
        String kind = edit instanceof Edit.SearchReplace ? "SEARCH/REPLACE block"
                : edit instanceof Edit.UnifiedDiff ? "diff" : "code block";
        return "edit " + (k + 1) + " (" + kind + ")";
    }

    private static String join(List<Integer> lines) {
        List<Integer> shown = lines.size() <= 5 ? lines : lines.subList(0, 5);
        StringBuilder b = new StringBuilder();
        for (int n : shown) b.append(b.isEmpty() ? "" : ", ").append(n);
        return lines.size() <= 5 ? b.toString() : b + ", …";
    }
}
