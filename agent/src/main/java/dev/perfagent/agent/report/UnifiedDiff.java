package dev.perfagent.agent.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one file, as {@code git apply} and {@code patch -p1} read it ({@code a/} and {@code b/}
 * prefixes, three lines of context). The edit script is Myers' O(ND) shortest one.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of every file in {@code after} against its content in {@code before} (absent: a new file), by path. */
    public static String of(java.util.Map<String, String> before, java.util.Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        for (var e : new java.util.TreeMap<>(after).entrySet()) {
            out.append(of(e.getKey(), before.get(e.getKey()), e.getValue()));
        }
        return out.toString();
    }

    /** The diff turning {@code before} into {@code after}; empty when they are equal. {@code before} null: a new file. */
    public static String of(String path, String before, String after) {
        if (after.equals(before)) return "";
        List<String> a = before == null ? List.of() : lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b);   // each op: {kind, indexInA, indexInB}; kind 0 keep, 1 delete, 2 insert
        StringBuilder out = new StringBuilder();
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        if (before == null) out.append("new file mode 100644\n");
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than 2×context apart
            int lastChange = i;
            while (end < ops.size()) {
                if (ops.get(end)[0] != 0) lastChange = end;
                else if (end - lastChange > 2 * CONTEXT) break;
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(out, ops.subList(start, end), a, b, noNewlineAtEnd(before), noNewlineAtEnd(after));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b, boolean aNoEol, boolean bNoEol) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (int[] op : ops) {
            if (op[0] != 2) {
                if (aStart < 0) aStart = op[1];
                aCount++;
            }
            if (op[0] != 1) {
                if (bStart < 0) bStart = op[2];
                bCount++;
            }
        }
        // a hunk of pure insertions (or deletions) names the line before it, as diff(1) does
        int aLine = aCount == 0 ? (ops.get(0)[1]) : aStart + 1;
        int bLine = bCount == 0 ? (ops.get(0)[2]) : bStart + 1;
        out.append("@@ -").append(aLine).append(',').append(aCount).append(" +").append(bLine).append(',').append(bCount).append(" @@\n");
        for (int[] op : ops) {
            switch (op[0]) {
                case 0 -> line(out, ' ', a.get(op[1]), aNoEol && op[1] == a.size() - 1 && bNoEol && op[2] == b.size() - 1);
                case 1 -> line(out, '-', a.get(op[1]), aNoEol && op[1] == a.size() - 1);
                default -> line(out, '+', b.get(op[2]), bNoEol && op[2] == b.size() - 1);
            }
        }
    }

    private static void line(StringBuilder out, char mark, String text, boolean noEol) {
        out.append(mark).append(text).append('\n');
        if (noEol) out.append("\\ No newline at end of file\n");
    }

    private static boolean noNewlineAtEnd(String s) {
        return s != null && !s.isEmpty() && !s.endsWith("\n");
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** Myers' greedy shortest edit script, with the trace kept to walk back the path. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
            if (found >= 0) break;
        }
        List<int[]> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
            int prevX = vd[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(new int[]{0, --x, --y});
            }
            if (x == prevX) ops.add(new int[]{2, x, --y});
            else ops.add(new int[]{1, --x, y});
        }
        while (x > 0 && y > 0) {
            ops.add(new int[]{0, --x, --y});
        }
        java.util.Collections.reverse(ops);
        return ops;
    }
}
