package dev.perfagent.agent.pr;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which methods a PR changed: head's version of each changed file, parsed (Java with JavaParser, Python by its
 * {@code def}/{@code class} indentation), intersected with the diff's hunks. Other languages, and files that do not
 * parse, give one entry spanning the file's changes. Ranked by lines changed, most first.
 */
final class ChangedCodeFinder {
    private ChangedCodeFinder() {
    }

    static List<ChangedCode> find(Path head, Map<String, List<LineRange>> hunks) {
        List<ChangedCode> out = new ArrayList<>();
        for (var e : hunks.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            Path file = head.resolve(e.getKey());
            if (!Files.isRegularFile(file)) continue;
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException ex) {
                continue; // binary or unreadable: nothing to suggest for it
            }
            List<ChangedCode> found = e.getKey().endsWith(".java") ? java(e.getKey(), text, e.getValue()).orElse(null)
                    : e.getKey().endsWith(".py") ? PythonFunctions.changed(e.getKey(), text, e.getValue()) : null;
            if (found == null) found = List.of(span(e.getKey(), e.getValue()));
            out.addAll(found);
        }
        out.sort(Comparator.comparingInt(ChangedCode::changedLines).reversed().thenComparing(ChangedCode::path)
                .thenComparingInt(c -> c.lines().first()));
        return out;
    }

    /** Methods and constructors overlapping a hunk; a method inside another selected one (a local class's) is left out. */
    static Optional<List<ChangedCode>> java(String path, String text, List<LineRange> hunks) {
        ParserConfiguration config = new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
        ParseResult<CompilationUnit> parsed = new JavaParser(config).parse(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) return Optional.empty();
        List<ChangedCode> out = new ArrayList<>();
        for (CallableDeclaration<?> m : parsed.getResult().get().findAll(CallableDeclaration.class)) {
            if (m.getRange().isEmpty()) continue;
            LineRange lines = new LineRange(m.getRange().get().begin.line, m.getRange().get().end.line);
            int changed = overlap(lines, hunks);
            if (changed == 0) continue;
            if (out.stream().anyMatch(o -> o.lines().first() <= lines.first() && lines.last() <= o.lines().last())) continue;
            out.add(new ChangedCode(path, qualifiedName(m), lines, changed));
        }
        return Optional.of(out);
    }

    private static String qualifiedName(CallableDeclaration<?> m) {
        String params = m.getParameters().stream().map(p -> p.getType().asString()).collect(Collectors.joining(", "));
        String owner = "";
        Optional<Node> parent = m.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof TypeDeclaration<?> t) {
                owner = t.getFullyQualifiedName().orElse(t.getNameAsString()) + ".";
                break;
            }
            parent = parent.get().getParentNode();
        }
        return owner + m.getNameAsString() + "(" + params + ")";
    }

    private static ChangedCode span(String path, List<LineRange> hunks) {
        int first = hunks.stream().mapToInt(LineRange::first).min().orElse(1);
        int last = hunks.stream().mapToInt(LineRange::last).max().orElse(first);
        LineRange lines = new LineRange(first, last);
        return new ChangedCode(path, path + " " + lines, lines, hunks.stream().mapToInt(LineRange::length).sum());
    }

    /** Lines of {@code lines} that some hunk covers. */
    static int overlap(LineRange lines, List<LineRange> hunks) {
        int n = 0;
        for (LineRange h : hunks) {
            int a = Math.max(lines.first(), h.first());
            int b = Math.min(lines.last(), h.last());
            if (a <= b) n += b - a + 1;
        }
        return n;
    }
}
