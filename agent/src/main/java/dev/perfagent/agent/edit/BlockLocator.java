package dev.perfagent.agent.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a block of lines sits in a file and swaps it for other lines. Matching is exact first, then ignoring
 * trailing whitespace, then ignoring indentation (the replacement is then re-indented by the same shift), then the
 * same without blank lines at the block's ends: models copy code with the indentation of their own markdown and with
 * stray blank lines, and a stricter match would turn a correct idea into a failed round.
 */
final class BlockLocator {
    private BlockLocator() {
    }

    enum Tolerance { EXACT, TRAILING_WHITESPACE, INDENTATION }

    sealed interface Result permits Found, NotFound, Ambiguous {
    }

    /** {@code length} lines of the file from {@code start} (0-based) match the block. */
    record Found(int start, int length, Tolerance tolerance, List<String> block) implements Result {
    }

    /** Not in the file; {@code detail} says where the closest match stops matching. */
    record NotFound(String detail) implements Result {
    }

    /** In the file more than once (1-based line numbers), and nothing says which one is meant. */
    record Ambiguous(List<Integer> lines) implements Result {
    }

    /**
     * @param hint the 0-based line where the block is expected, or -1: among several matches the nearest wins
     */
    static Result locate(List<String> file, List<String> block, int hint) {
        Result r = locateExactly(file, block, hint);
        if (!(r instanceof NotFound)) return r;
        List<String> trimmed = trimBlankEnds(block);
        if (!trimmed.isEmpty() && trimmed.size() != block.size()) {
            Result t = locateExactly(file, trimmed, hint);
            if (!(t instanceof NotFound)) return t;
        }
        return r;
    }

    private static Result locateExactly(List<String> file, List<String> block, int hint) {
        for (Tolerance tolerance : Tolerance.values()) {
            List<Integer> starts = matches(file, block, tolerance);
            if (starts.size() == 1) return new Found(starts.get(0), block.size(), tolerance, block);
            if (starts.size() > 1) {
                if (hint < 0) return new Ambiguous(starts.stream().map(s -> s + 1).toList());
                int best = starts.get(0);
                for (int s : starts) if (Math.abs(s - hint) < Math.abs(best - hint)) best = s;
                return new Found(best, block.size(), tolerance, block);
            }
        }
        return new NotFound(closestMiss(file, block));
    }

    /** The file's lines with the found ones replaced by {@code replacement}, re-indented when indentation differed. */
    static List<String> replace(List<String> file, Found found, List<String> replacement) {
        List<String> lines = found.tolerance() == Tolerance.INDENTATION
                ? reindent(replacement, found.block(), file.subList(found.start(), found.start() + found.length()))
                : replacement;
        List<String> out = new ArrayList<>(file.size() - found.length() + lines.size());
        out.addAll(file.subList(0, found.start()));
        out.addAll(lines);
        out.addAll(file.subList(found.start() + found.length(), file.size()));
        return out;
    }

    private static List<Integer> matches(List<String> file, List<String> block, Tolerance tolerance) {
        List<Integer> starts = new ArrayList<>();
        if (block.isEmpty()) return starts;
        for (int i = 0; i + block.size() <= file.size(); i++) {
            int j = 0;
            while (j < block.size() && same(file.get(i + j), block.get(j), tolerance)) j++;
            if (j == block.size()) starts.add(i);
        }
        return starts;
    }

    private static boolean same(String fileLine, String blockLine, Tolerance tolerance) {
        return switch (tolerance) {
            case EXACT -> fileLine.equals(blockLine);
            case TRAILING_WHITESPACE -> fileLine.stripTrailing().equals(blockLine.stripTrailing());
            case INDENTATION -> fileLine.strip().equals(blockLine.strip());
        };
    }

    /**
     * Shift the replacement by the difference between the block's indentation and the file's, measured on the first
     * non-blank line: a model that wrote a method body flush left gets it back at the method's depth.
     */
    private static List<String> reindent(List<String> replacement, List<String> block, List<String> matched) {
        int k = 0;
        while (k < block.size() && block.get(k).isBlank()) k++;
        if (k == block.size()) return replacement;
        String from = indentOf(block.get(k));
        String to = indentOf(matched.get(k));
        List<String> out = new ArrayList<>(replacement.size());
        for (String line : replacement) {
            if (line.isBlank()) out.add(line);
            else if (line.startsWith(from)) out.add(to + line.substring(from.length()));
            else out.add(line);
        }
        return out;
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.substring(0, i);
    }

    static List<String> trimBlankEnds(List<String> block) {
        int from = 0;
        int to = block.size();
        while (from < to && block.get(from).isBlank()) from++;
        while (to > from && block.get(to - 1).isBlank()) to--;
        return block.subList(from, to);
    }

    /** Where the longest run of the block (ignoring whitespace) stops matching, to show the model what differs. */
    private static String closestMiss(List<String> file, List<String> block) {
        List<String> b = trimBlankEnds(block);
        if (b.isEmpty()) return "it holds only blank lines";
        int bestStart = -1;
        int bestRun = 0;
        for (int i = 0; i < file.size(); i++) {
            int j = 0;
            while (j < b.size() && i + j < file.size() && file.get(i + j).strip().equals(b.get(j).strip())) j++;
            if (j > bestRun) {
                bestRun = j;
                bestStart = i;
            }
        }
        if (bestStart < 0) return "its first line " + Excerpt.quote(b.get(0)) + " is not in the file";
        if (bestRun == b.size()) return "it matches from line " + (bestStart + 1) + " only when blank lines are ignored";
        if (bestStart + bestRun >= file.size()) {
            return "it matches from line " + (bestStart + 1) + " but runs past the end of the file";
        }
        return "it matches from line " + (bestStart + 1) + ", but its line " + (bestRun + 1) + " "
                + Excerpt.quote(b.get(bestRun)) + " differs from line " + (bestStart + bestRun + 1) + " of the file "
                + Excerpt.quote(file.get(bestStart + bestRun));
    }
}
