package dev.perfagent.prompts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{name}}} placeholders and optional sections: {@code {{#name}}…{{/name}}} is shown when the
 * variable is not blank, {@code {{^name}}…{{/name}}} when it is. Strict: every variable a template mentions must be
 * given (blank is a value, absent is an error), and any {@code {{} that is not a well-formed tag is an error, so a
 * typo fails a test instead of reaching a model. Values are inserted verbatim and never scanned again: source code
 * full of braces cannot inject a placeholder. A section tag alone on its line takes the line with it.
 */
public final class Template {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*}}");

    private sealed interface Node permits Text, Variable, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Variable(String name) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> body) implements Node {
    }

    private final String name;
    private final List<Node> nodes;

    private Template(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /** @param name for messages: the resource the text came from */
    public static Template parse(String name, String text) {
        Deque<Section> open = new ArrayDeque<>();
        Deque<List<Node>> bodies = new ArrayDeque<>();
        bodies.push(new ArrayList<>());
        Matcher m = TAG.matcher(text);
        int at = 0;
        while (true) {
            int brace = text.indexOf("{{", at);
            if (brace < 0) break;
            m.region(brace, text.length());
            if (!m.lookingAt()) throw new PromptException(name + ": malformed tag at line " + lineOf(text, brace)
                    + ": " + text.substring(brace, Math.min(text.length(), brace + 30)).split("\n")[0]);
            String kind = m.group(1);
            int start = brace;
            int end = m.end();
            if (!kind.isEmpty() && standalone(text, start, end)) {
                start = Math.max(at, text.lastIndexOf('\n', start - 1) + 1);
                int newline = text.indexOf('\n', end);
                end = newline < 0 ? text.length() : newline + 1;
            }
            if (start > at) bodies.peek().add(new Text(text.substring(at, start)));
            String var = m.group(2);
            switch (kind) {
                case "" -> bodies.peek().add(new Variable(var));
                case "#", "^" -> {
                    open.push(new Section(var, kind.equals("^"), List.of()));
                    bodies.push(new ArrayList<>());
                }
                default -> {
                    if (open.isEmpty() || !open.peek().name().equals(var)) {
                        throw new PromptException(name + ": {{/" + var + "}} at line " + lineOf(text, brace)
                                + (open.isEmpty() ? " closes no section" : " but the open section is {{#" + open.peek().name() + "}}"));
                    }
                    Section s = open.pop();
                    List<Node> body = bodies.pop();
                    bodies.peek().add(new Section(s.name(), s.inverted(), List.copyOf(body)));
                }
            }
            at = end;
        }
        if (!open.isEmpty()) throw new PromptException(name + ": section {{#" + open.peek().name() + "}} is never closed");
        if (at < text.length()) bodies.peek().add(new Text(text.substring(at)));
        return new Template(name, List.copyOf(bodies.pop()));
    }

    public String render(Map<String, String> vars) {
        StringBuilder out = new StringBuilder();
        render(nodes, vars, out);
        return out.toString();
    }

    private void render(List<Node> list, Map<String, String> vars, StringBuilder out) {
        for (Node n : list) {
            if (n instanceof Text t) {
                out.append(t.text());
            } else if (n instanceof Variable v) {
                out.append(value(v.name(), vars));
            } else if (n instanceof Section s) {
                boolean shown = !value(s.name(), vars).isBlank() != s.inverted();
                if (shown) render(s.body(), vars, out);
            }
        }
    }

    private String value(String var, Map<String, String> vars) {
        String v = vars.get(var);
        if (v == null) {
            throw new PromptException(name + ": no value for {{" + var + "}} (given: " + String.join(", ", new TreeSet<>(vars.keySet())) + ")");
        }
        return v;
    }

    /** Whether only whitespace shares the line with the tag. */
    private static boolean standalone(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int newline = text.indexOf('\n', end);
        int lineEnd = newline < 0 ? text.length() : newline;
        return text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
