package dev.perfagent.agent.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the edits out of a model's reply, whichever of the three formats it used, in or out of code fences, mixed
 * with prose: search/replace blocks (aider style), unified diffs, and whole files (a fenced block named by the line
 * before it or by its info string). A reply whose only content is one unnamed code block gives a whole-file edit with
 * an empty path, which the applier accepts when the task has exactly one editable file. Never throws: what cannot be
 * read becomes a problem.
 */
public final class EditParser {
    private EditParser() {
    }

    private static final Pattern SEARCH = Pattern.compile("^\\s*<{5,9}\\s*SEARCH\\b.*");
    private static final Pattern DIVIDER = Pattern.compile("^\\s*={5,9}\\s*$");
    private static final Pattern REPLACE = Pattern.compile("^\\s*>{5,9}\\s*REPLACE\\b.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([^`]*)$");
    /** Fences nest only through search/replace or diff content; deeper than this is not a reply, it is noise. */
    private static final int MAX_DEPTH = 8;

    public static ParsedReply parse(String reply) {
        if (reply == null || reply.isBlank()) return new ParsedReply(List.of(), List.of("the reply is empty"));
        String text = TextLines.normalise(reply);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Scan scan = new Scan();
        List<String> lines = Arrays.asList(text.split("\n", -1));
        scan.region(lines, 0, lines.size(), "", 0);
        return scan.result();
    }

    /** The state of one parse: what was found so far. */
    private static final class Scan {
        final List<Edit> edits = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<List<String>> unnamedBlocks = new ArrayList<>();

        /** Reads lines [from, to) with {@code path} as the file named before them. */
        void region(List<String> lines, int from, int to, String path, int depth) {
            int pathLine = -1; // where the current path was named: a whole-file block must follow that line directly
            int i = from;
            while (i < to) {
                String line = lines.get(i);
                if (SEARCH.matcher(line).matches()) {
                    i = searchReplace(lines, i, to, path);
                } else if (DiffReader.isHeader(lines, i, to)) {
                    DiffReader.Section s = DiffReader.readFile(lines, i, to);
                    take(s);
                    if (s.edit().isPresent()) path = s.edit().get().path();
                    i = s.next();
                } else if (DiffReader.isHunkStart(line)) {
                    DiffReader.Section s = DiffReader.readHunks(lines, i, to, path, false);
                    take(s);
                    i = Math.max(s.next(), i + 1);
                } else if (FENCE.matcher(line).matches()) {
                    Matcher m = FENCE.matcher(line);
                    m.matches();
                    Optional<String> infoPath = PathHints.fromInfo(m.group(2));
                    int previous = i - 1;
                    while (previous >= from && lines.get(previous).isBlank()) previous--;
                    String named = infoPath.orElse(previous >= from && previous == pathLine ? path : "");
                    int close = closingFence(lines, i + 1, to, m.group(1));
                    if (depth < MAX_DEPTH && holdsEdits(lines, i + 1, close, m.group(2))) {
                        region(lines, i + 1, close, infoPath.orElse(path), depth + 1);
                    } else {
                        codeBlock(lines.subList(i + 1, close), named, close == to);
                    }
                    i = close + 1;
                } else {
                    Optional<String> hint = PathHints.fromLine(line);
                    if (hint.isPresent()) {
                        path = hint.get();
                        pathLine = i;
                    }
                    i++;
                }
            }
        }

        private void take(DiffReader.Section s) {
            s.edit().ifPresent(edits::add);
            problems.addAll(s.problems());
        }

        /** Reads one SEARCH/=======/REPLACE block starting at {@code i}; returns the index after it. */
        private int searchReplace(List<String> lines, int i, int to, String path) {
            String where = path.isEmpty() ? "" : " for " + path;
            List<String> search = new ArrayList<>();
            int j = i + 1;
            while (j < to && !DIVIDER.matcher(lines.get(j)).matches()) {
                if (SEARCH.matcher(lines.get(j)).matches() || REPLACE.matcher(lines.get(j)).matches()) {
                    problems.add("a <<<<<<< SEARCH block" + where + " has no ======= line between the old and the new lines");
                    return j;
                }
                search.add(lines.get(j++));
            }
            if (j >= to) {
                problems.add("a <<<<<<< SEARCH block" + where + " is not finished (no ======= and >>>>>>> REPLACE; was the reply cut off?)");
                return to;
            }
            List<String> replace = new ArrayList<>();
            j++;
            while (j < to && !REPLACE.matcher(lines.get(j)).matches()) {
                if (SEARCH.matcher(lines.get(j)).matches()) {
                    problems.add("a <<<<<<< SEARCH block" + where + " has no >>>>>>> REPLACE line after its new lines");
                    return j;
                }
                replace.add(lines.get(j++));
            }
            if (j >= to) {
                problems.add("a <<<<<<< SEARCH block" + where + " is not finished (no >>>>>>> REPLACE; was the reply cut off?)");
                return to;
            }
            edits.add(new Edit.SearchReplace(path, block(search), block(replace)));
            return j + 1;
        }

        private void codeBlock(List<String> body, String path, boolean unclosed) {
            if (unclosed) {
                if (!path.isEmpty() || !body.isEmpty()) {
                    problems.add("the code block" + (path.isEmpty() ? "" : " for " + path)
                            + " is not closed with ``` (was the reply cut off?)");
                }
                return;
            }
            if (path.isEmpty()) {
                unnamedBlocks.add(body);
            } else if (BlockLocator.trimBlankEnds(body).isEmpty()) {
                problems.add("the code block for " + path + " is empty");
            } else {
                edits.add(new Edit.WholeFile(path, block(body)));
            }
        }

        ParsedReply result() {
            if (edits.isEmpty() && problems.isEmpty()) {
                List<List<String>> blocks = unnamedBlocks.stream().filter(b -> !BlockLocator.trimBlankEnds(b).isEmpty()).toList();
                if (blocks.size() == 1) {
                    edits.add(new Edit.WholeFile("", block(blocks.get(0))));
                } else if (blocks.size() > 1) {
                    problems.add("the reply has " + blocks.size() + " code blocks but none says which file it is");
                } else {
                    problems.add("the reply contains no edits (no SEARCH/REPLACE block, no diff, no named code block)");
                }
            }
            return new ParsedReply(edits, problems);
        }
    }

    /** The index of the fence closing one opened with {@code open}, or {@code to} when it is never closed. */
    private static int closingFence(List<String> lines, int from, int to, String open) {
        char c = open.charAt(0);
        for (int j = from; j < to; j++) {
            String s = lines.get(j).strip();
            if (s.length() >= open.length() && s.chars().allMatch(ch -> ch == c)) return j;
        }
        return to;
    }

    /** Whether a fenced block holds search/replace blocks or a diff rather than a file's content. */
    private static boolean holdsEdits(List<String> lines, int from, int to, String info) {
        String lang = info.strip().toLowerCase(Locale.ROOT);
        boolean diffFence = lang.startsWith("diff") || lang.startsWith("patch") || lang.startsWith("udiff");
        for (int j = from; j < to; j++) {
            String l = lines.get(j);
            if (SEARCH.matcher(l).matches() || DiffReader.isHeader(lines, j, to)) return true;
            if (diffFence && DiffReader.isHunkStart(l)) return true;
        }
        return false;
    }

    /** Lines back to text, each ended by a newline (an empty list is empty text). */
    private static String block(List<String> lines) {
        if (lines.isEmpty()) return "";
        return String.join("\n", lines) + "\n";
    }
}
