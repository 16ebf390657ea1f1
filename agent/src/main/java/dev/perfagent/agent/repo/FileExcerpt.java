package dev.perfagent.agent.repo;

import java.util.List;
import java.util.TreeSet;

/**
 * A large source file as the model needs to see it: its head (package, imports, fields), the hot methods whole, and
 * every other method by its first line only, each gap marked. The model edits with search/replace blocks against the
 * lines it sees; the file itself stays whole.
 */
final class FileExcerpt {
    /** Lines of the file's head kept before its first method. */
    static final int HEAD = 40;
    /** Lines kept around a hot method (a comment, an annotation above it). */
    static final int AROUND = 2;

    private FileExcerpt() {
    }

    /**
     * @param methods  the file's methods (from the index)
     * @param hot      the methods shown whole
     * @param outline  whether other methods are shown by their first line
     */
    static String of(String path, String text, List<SourceMethod> methods, List<SourceMethod> hot, boolean outline) {
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        TreeSet<Integer> shown = new TreeSet<>();
        int firstMethod = methods.stream().mapToInt(SourceMethod::begin).min().orElse(n + 1);
        for (int i = 1; i <= Math.min(HEAD, firstMethod - 1); i++) shown.add(i);
        for (SourceMethod m : hot) for (int i = Math.max(1, m.begin() - AROUND); i <= Math.min(n, m.end() + AROUND); i++) shown.add(i);
        if (outline) for (SourceMethod m : methods) if (m.begin() <= n) shown.add(m.begin());
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (int i : shown) {
            if (i > last + 1) b.append(gap(path, last + 1, i - 1)).append('\n');
            b.append(lines[i - 1]).append('\n');
            last = i;
        }
        if (last < n && !(last == n - 1 && lines[n - 1].isEmpty())) b.append(gap(path, last + 1, n)).append('\n');
        return b.toString();
    }

    private static String gap(String path, int from, int to) {
        String c = path.endsWith(".py") ? "#" : "//";
        return c + " … lines " + from + "-" + to + " not shown …";
    }
}
