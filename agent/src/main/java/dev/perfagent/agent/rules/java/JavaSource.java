package dev.perfagent.agent.rules.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.perfagent.agent.rules.SourceEdits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Java file parsed for a rule: the tree to find patterns in, and the text positions to splice replacements into
 * (rules edit the original text by the ranges of the nodes, so the rest of the file stays as it was written).
 */
final class JavaSource {

    final String text;
    final CompilationUnit unit;
    private final int[] lineStarts;

    private JavaSource(String text, CompilationUnit unit) {
        this.text = text;
        this.unit = unit;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses at Java 21's level (accepts what 17 accepts); empty when the file does not parse. */
    static Optional<JavaSource> parse(String text) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setTabSize(1);
        ParseResult<CompilationUnit> result = new JavaParser(config).parse(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) return Optional.empty();
        return Optional.of(new JavaSource(text, result.getResult().get()));
    }

    /** True when {@code text} still parses: a last check on what a rule produced. */
    static boolean parses(String text) {
        return parse(text).isPresent();
    }

    /** A rule's rewritten text, or empty when it no longer parses (the rule then proposes nothing). */
    static Optional<String> ifParses(String rewritten) {
        return parses(rewritten) ? Optional.of(rewritten) : Optional.empty();
    }

    int offset(Position p) {
        return lineStarts[p.line - 1] + p.column - 1;
    }

    int start(Node n) {
        return offset(n.getBegin().orElseThrow());
    }

    /** Exclusive end offset. */
    int end(Node n) {
        return offset(n.getEnd().orElseThrow()) + 1;
    }

    String textOf(Node n) {
        return text.substring(start(n), end(n));
    }

    /** The whitespace that starts the line {@code n} begins on. */
    String indentOf(Node n) {
        int lineStart = lineStarts[n.getBegin().orElseThrow().line - 1];
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(lineStart, i);
    }

    boolean imports(String qualifiedName) {
        String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        for (ImportDeclaration i : unit.getImports()) {
            if (i.isStatic()) continue;
            if (i.isAsterisk() ? i.getNameAsString().equals(pkg) : i.getNameAsString().equals(qualifiedName)) return true;
        }
        return false;
    }

    /**
     * True when the simple name of {@code qualifiedName} could mean something else here: another import of that simple
     * name or a type of that name declared in the file.
     */
    boolean simpleNameTaken(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        for (ImportDeclaration i : unit.getImports()) {
            if (i.isStatic() || i.isAsterisk()) continue;
            String n = i.getNameAsString();
            if (n.endsWith("." + simple) && !n.equals(qualifiedName)) return true;
        }
        for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
            if (t.getNameAsString().equals(simple)) return true;
        }
        return false;
    }

    /** Adds {@code import qualifiedName;} after the last import (or the package line) unless it is imported already. */
    void addImport(String qualifiedName, SourceEdits edits) {
        if (imports(qualifiedName)) return;
        String line = "import " + qualifiedName + ";";
        if (!unit.getImports().isEmpty()) {
            for (ImportDeclaration i : unit.getImports()) { // keep a sorted list sorted
                if (!i.isStatic() && i.getNameAsString().compareTo(qualifiedName) > 0) {
                    edits.insert(start(i), line + "\n");
                    return;
                }
            }
            edits.insert(end(unit.getImports().get(unit.getImports().size() - 1)), "\n" + line);
        } else if (unit.getPackageDeclaration().isPresent()) {
            edits.insert(end(unit.getPackageDeclaration().get()), "\n\n" + line);
        } else {
            edits.insert(0, line + "\n\n");
        }
    }
}
