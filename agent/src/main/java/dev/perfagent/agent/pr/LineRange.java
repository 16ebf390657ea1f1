package dev.perfagent.agent.pr;

/** Lines {@code first..last} of a file, 1-based and inclusive. */
record LineRange(int first, int last) {
    LineRange {
        if (first < 1 || last < first) throw new IllegalArgumentException("bad line range " + first + ".." + last);
    }

    boolean overlaps(LineRange o) {
        return first <= o.last && o.first <= last;
    }

    int length() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first == last ? "line " + first : "lines " + first + "–" + last;
    }
}
