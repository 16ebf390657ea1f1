package dev.perfagent.agent.rules.python;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.datasets.Language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accumulation loop over a range of indices
 * <pre>
 * total = 0.0
 * for j in range(a, b):
 *     total += xs[j]
 * </pre>
 * becomes {@code total = sum(map(xs.__getitem__, range(a, b)), total)}: the same items added in the same order
 * (indexing, errors and the start value unchanged) but in C instead of the interpreter. Only when the accumulator
 * was just set to a number literal (so {@code sum} and {@code +=} agree on the type), the body is that one statement,
 * the loop has no else, and the loop variable is not used anywhere else in the function. On Python 3.12+ a float sum is
 * compensated, so float results may differ in the last bits (the evaluator's judge decides).
 */
public final class SumBuiltinRule implements Rule {

    private static final Pattern HEADER = Pattern.compile(
            "(?s)for\\s+([A-Za-z_]\\w*)\\s+in\\s+range\\s*\\((.*)\\)\\s*:\\s*(.*)");
    private static final Pattern BODY = Pattern.compile("(?s)([A-Za-z_]\\w*)\\s*\\+=\\s*([A-Za-z_]\\w*)\\s*\\[\\s*([A-Za-z_]\\w*)\\s*\\]\\s*");
    private static final Pattern NUMBER_INIT = Pattern.compile("(?s)([A-Za-z_]\\w*)\\s*=\\s*-?\\s*(\\d[\\d_]*\\.?\\d*([eE][-+]?\\d+)?|\\.\\d+)\\s*");

    @Override
    public String id() {
        return "py-sum-builtin";
    }

    @Override
    public String description() {
        return "replace an index loop that only adds up items with the sum() builtin";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.PYTHON);
    }

    @Override
    public Optional<String> apply(String path, String text) {
        Optional<PythonSource> parsed = PythonSource.parse(text);
        if (parsed.isEmpty()) return Optional.empty();
        PythonSource src = parsed.get();
        List<PythonSource.Line> lines = src.lines;
        Map<Integer, String> replaced = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PythonSource.Line header = lines.get(i);
            Matcher h = HEADER.matcher(header.stripped());
            if (!h.matches() || PythonText.splitArgs(h.group(2)).size() > 2) continue;
            String j = h.group(1);
            String args = h.group(2).strip();
            int end;
            String body;
            if (!h.group(3).isBlank()) {
                body = h.group(3);
                end = i + 1;
                if (src.blockEnd(i) != end) continue;
            } else {
                end = src.blockEnd(i);
                if (end != i + 2) continue;
                body = lines.get(i + 1).stripped();
            }
            Matcher b = BODY.matcher(body);
            if (!b.matches() || !b.group(3).equals(j)) continue;
            String total = b.group(1);
            String seq = b.group(2);
            if (total.equals(j) || total.equals(seq) || seq.equals(j) || PythonText.mentions(args, total)) continue;
            Matcher init = NUMBER_INIT.matcher(lines.get(i - 1).stripped());
            if (!init.matches() || !init.group(1).equals(total) || !lines.get(i - 1).indent().equals(header.indent())) continue;
            if (end < lines.size() && lines.get(end).width() == header.width()
                    && lines.get(end).stripped().matches("(?s)else\\s*:.*")) {
                continue;
            }
            if (usedOutside(src, i, end, j)) continue;
            replaced.put(i, header.indent() + total + " = sum(map(" + seq + ".__getitem__, range(" + args + ")), " + total + ")");
            if (end == i + 2) replaced.put(i + 1, null);
        }
        if (replaced.isEmpty()) return Optional.empty();
        return Optional.of(PythonText.rebuildDropping(src, replaced));
    }

    /** Whether {@code name} appears in the loop's scope outside lines [from, to). */
    private static boolean usedOutside(PythonSource src, int from, int to, String name) {
        int[] scope = src.scope(from);
        for (int k = scope[0]; k < scope[1]; k++) {
            if (k >= from && k < to) continue;
            if (PythonText.mentions(src.lines.get(k).code(), name)) return true;
        }
        return false;
    }
}
