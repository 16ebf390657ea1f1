package dev.perfagent.agent.edit;

import dev.perfagent.prompts.Prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one call the loop makes: a model's reply and the parent's files in, changed files or feedback out. All or
 * nothing: when any edit fails, no file is returned, because a half-applied change is not what the model meant and
 * would cost a build to find out; the feedback lists every problem so the next reply can fix them all.
 */
public final class Edits {
    private Edits() {
    }

    /** Longer than any real reply; parsing more would only spend time on noise. */
    public static final int MAX_REPLY_CHARS = 1_000_000;
    private static final int MAX_PROBLEMS = 6;
    private static final int MAX_PROBLEM_CHARS = 400;

    public static EditOutcome toFiles(String reply, Map<String, String> parentFiles) {
        if (reply != null && reply.length() > MAX_REPLY_CHARS) {
            return feedback(List.of("the reply is " + reply.length() + " characters long; send only the edits"), parentFiles);
        }
        ParsedReply parsed = EditParser.parse(reply);
        if (!parsed.problems().isEmpty()) return feedback(parsed.problems(), parentFiles);
        Applied applied = EditApplier.apply(parsed.edits(), parentFiles);
        if (!applied.problems().isEmpty()) return feedback(applied.problems(), parentFiles);
        if (applied.changedFiles().isEmpty()) {
            return feedback(List.of("the edits leave every file exactly as it was"), parentFiles);
        }
        return new EditOutcome.Files(applied.changedFiles());
    }

    /** The problems, then how to write an edit, with a real file name in the example. */
    static EditOutcome.Feedback feedback(List<String> problems, Map<String, String> parentFiles) {
        StringBuilder text = new StringBuilder("Your reply could not be applied, so no file was changed:\n");
        for (String p : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
            String shown = p.length() > MAX_PROBLEM_CHARS ? p.substring(0, MAX_PROBLEM_CHARS) + "…" : p;
            text.append("- ").append(shown).append('\n');
        }
        if (problems.size() > MAX_PROBLEMS) text.append("- and ").append(problems.size() - MAX_PROBLEMS).append(" more\n");
        List<String> files = new ArrayList<>(new TreeSet<>(parentFiles.keySet()));
        String example = files.isEmpty() ? "src/Main.java" : files.get(0);
        text.append('\n').append(Prompts.fragment(Prompts.EDIT_FORMAT, Map.of("path", example)).strip()).append('\n');
        if (!files.isEmpty()) {
            text.append("\nFiles you may edit: ")
                    .append(String.join(", ", files.size() <= 10 ? files : files.subList(0, 10)))
                    .append(files.size() <= 10 ? "" : ", …").append('\n');
        }
        return new EditOutcome.Feedback(text.toString());
    }
}
