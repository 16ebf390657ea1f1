package dev.perfagent.sandbox.profile;

import java.util.Arrays;
import java.util.List;

/**
 * The collapsed-stack format that async-profiler writes and flame-graph tools read: one line per distinct
 * stack, frames outermost first joined by {@code ;}, then a space and how often it was seen —
 * {@code main;parse;strtol 42}. Frames may hold spaces (C++ templates), so the count is what follows the
 * last space.
 */
public final class CollapsedStacks {
    private CollapsedStacks() {
    }

    /** Adds every well-formed line of {@code text} to {@code costs}; malformed lines are skipped. Returns the lines read. */
    public static int addTo(FrameCosts costs, String text) {
        int read = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            int space = l.lastIndexOf(' ');
            if (space <= 0) continue;
            long count;
            try {
                count = Long.parseLong(l.substring(space + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            costs.addStack(frames(l.substring(0, space)), count);
            read++;
        }
        return read;
    }

    static List<String> frames(String stack) {
        return Arrays.asList(stack.split(";", -1));
    }
}
