package dev.perfagent.agent.edit;

/** Short quotations of a model's text for feedback: the model needs to recognise the line, not reread all of it. */
final class Excerpt {
    static final int MAX = 80;

    private Excerpt() {
    }

    static String quote(String line) {
        String s = line.strip();
        if (s.length() > MAX) s = s.substring(0, MAX) + "…";
        return "`" + s.replace('`', '\'') + "`";
    }
}
