package dev.perfagent.agent.repo;

import dev.perfagent.agent.loop.PromptSource;
import dev.perfagent.prompts.Prompt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a repository prompt to a size a model reads well and a user pays for: files over {@link #LARGE_LINES} lines are
 * shown as excerpts (the hot methods whole, the rest as an outline), and when the prompt is still over the cap
 * ({@code repo.max-prompt}), every file is, then without the outline, then the text is cut at the cap with a note.
 * The model edits with search/replace blocks; a file shown in part says so, since a whole-file reply would drop the
 * lines it did not see.
 */
final class ExcerptingPrompts implements PromptSource {
    static final int LARGE_LINES = 400;
    public static final int DEFAULT_MAX_CHARS = 60_000;

    private final PromptSource base;
    private final SourceIndex index;
    private final List<Target> targets;
    private final int maxChars;

    ExcerptingPrompts(PromptSource base, SourceIndex index, List<Target> targets, int maxChars) {
        this.base = base;
        this.index = index;
        this.targets = List.copyOf(targets);
        this.maxChars = maxChars;
    }

    @Override
    public Prompt render(Context c) {
        Prompt whole = base.render(withFiles(c, shown(c.files(), LARGE_LINES, true)));
        if (size(whole) <= maxChars) return whole;
        Prompt outlined = base.render(withFiles(c, shown(c.files(), 0, true)));
        if (size(outlined) <= maxChars) return outlined;
        Prompt hotOnly = base.render(withFiles(c, shown(c.files(), 0, false)));
        if (size(hotOnly) <= maxChars) return hotOnly;
        String note = "\n\n[prompt cut at " + maxChars + " characters (repo.max-prompt)]\n";
        int room = Math.max(0, maxChars - hotOnly.system().length() - note.length());
        String user = hotOnly.user().length() > room ? hotOnly.user().substring(0, room) + note : hotOnly.user();
        return new Prompt(hotOnly.id(), hotOnly.version(), hotOnly.system(), user);
    }

    /** Files over {@code largeLines} lines as excerpts (with or without the outline of the other methods). */
    private Map<String, String> shown(Map<String, String> files, int largeLines, boolean outline) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            long lines = text.lines().count();
            List<SourceMethod> methods = index.methods().stream().filter(m -> m.file().equals(path)).toList();
            List<SourceMethod> hot = targets.stream().map(Target::method).filter(m -> m.file().equals(path)).toList();
            if (lines <= largeLines || methods.isEmpty() || hot.isEmpty()) {
                out.put(path, text);
            } else {
                String c = path.endsWith(".py") ? "#" : "//";
                out.put(path, c + " perfagent: " + path + " (" + lines + " lines) is shown in part: edit it with SEARCH/REPLACE blocks"
                        + " of lines shown here, never as a whole file\n" + FileExcerpt.of(path, text, methods, hot, outline));
            }
        });
        return out;
    }

    private static Context withFiles(Context c, Map<String, String> files) {
        return c.withFiles(files);
    }

    private static int size(Prompt p) {
        return p.system().length() + p.user().length();
    }
}
