package dev.perfagent.agent.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unified diffs (git-apply form, 3 lines of context) of changed files, so that a result can be exported as the
 * {@code model_patch} of a prediction. A longest-common-subsequence line diff: quadratic, fine for source files.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of every file in {@code after} against its content in {@code before} (absent: a new file). */
    public static String of(Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        for (var e : new TreeMap<>(after).entrySet()) {
            String old = before.get(e.getKey());
            if (e.getValue().equals(old)) continue;
            out.append(file(e.getKey(), old, e.getValue()));
        }
        return out.toString();
    }

    static String file(String path, String before, String after) {
        List<String> a = before == null ? List.of() : lines(before);
        List<String> b = lines(after);
        StringBuilder out = new StringBuilder();
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        out.append(before == null ? "--- /dev/null\n" : "--- a/" + path + "\n").append("+++ b/").append(path).append('\n');
        List<char[]> ops = edits(a, b);  // each: {op} with op in ' ', '-', '+'
        List<String> text = new ArrayList<>();
        List<Character> kind = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (char[] op : ops) {
            kind.add(op[0]);
            text.add(op[0] == '+' ? b.get(j) : a.get(i));
            if (op[0] != '+') i++;
            if (op[0] != '-') j++;
        }
        int n = kind.size();
        int k = 0;
        while (k < n) {
            if (kind.get(k) == ' ') { k++; continue; }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // extend the hunk while the next change is within 2*CONTEXT unchanged lines
            while (end < n) {
                if (kind.get(end) != ' ') { end++; continue; }
                int run = end;
                while (run < n && kind.get(run) == ' ') run++;
                if (run < n && run - end <= 2 * CONTEXT) end = run;
                else { end = Math.min(n, end + CONTEXT); break; }
            }
            int oldStart = 0, newStart = 0, oldLen = 0, newLen = 0;
            for (int x = 0; x < start; x++) { if (kind.get(x) != '+') oldStart++; if (kind.get(x) != '-') newStart++; }
            StringBuilder body = new StringBuilder();
            for (int x = start; x < end; x++) {
                char c = kind.get(x);
                if (c != '+') oldLen++;
                if (c != '-') newLen++;
                body.append(c).append(text.get(x)).append('\n');
            }
            out.append("@@ -").append(range(oldStart, oldLen)).append(" +").append(range(newStart, newLen)).append(" @@\n").append(body);
            k = end;
        }
        return out.toString();
    }

    private static String range(int start, int len) {
        return len == 0 ? start + ",0" : (start + 1) + (len == 1 ? "" : "," + len);
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static List<char[]> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) { ops.add(new char[]{' '}); i++; j++; }
            else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) { ops.add(new char[]{'-'}); i++; }
            else { ops.add(new char[]{'+'}); j++; }
        }
        return ops;
    }
}
