package dev.perfagent.sandbox.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Folds {@code perf script -F comm,ip,sym} output into stacks: each sample is a header line (the
 * command name) followed by one indented line per frame, innermost first ({@code    7dce2 _IO_getc}),
 * and ends at a blank line.
 */
final class PerfScript {
    private PerfScript() {
    }

    /** Adds every sample to {@code costs}, one count each; returns how many samples were read. */
    static int addTo(FrameCosts costs, String script) {
        int samples = 0;
        List<String> frames = new ArrayList<>();
        boolean inSample = false;
        for (String line : script.split("\n")) {
            if (line.isBlank()) {
                if (inSample) samples += flush(costs, frames);
                inSample = false;
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (inSample) samples += flush(costs, frames);
                inSample = true;
                continue;
            }
            if (inSample) frames.add(symbol(line.strip()));
        }
        if (inSample) samples += flush(costs, frames);
        return samples;
    }

    private static int flush(FrameCosts costs, List<String> innermostFirst) {
        if (innermostFirst.isEmpty()) return 0;
        List<String> stack = new ArrayList<>(innermostFirst);
        Collections.reverse(stack);
        costs.addStack(stack, 1);
        innermostFirst.clear();
        return 1;
    }

    /** "7dce2 _IO_getc" → "_IO_getc"; "e3aa resolve_map+0x78a (inlined)" → "resolve_map". */
    static String symbol(String frameLine) {
        int space = frameLine.indexOf(' ');
        String sym = space < 0 ? "[unknown]" : frameLine.substring(space + 1).strip();
        if (sym.endsWith(")") && sym.contains(" (")) sym = sym.substring(0, sym.lastIndexOf(" (")).strip();
        int off = sym.lastIndexOf("+0x");
        if (off > 0 && sym.substring(off + 3).matches("[0-9a-f]+")) sym = sym.substring(0, off);
        return sym.isEmpty() ? "[unknown]" : sym;
    }
}
