package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local {@code LinkedList} read by index in a loop ({@code get(i)} walks the list: a quadratic scan) becomes an
 * {@code ArrayList}, when the variable is used only through operations that mean the same on both and are not
 * slower on an ArrayList: {@code add(x)} at the end, {@code get}, {@code set}, {@code size}, {@code isEmpty},
 * {@code contains}, {@code indexOf} and for-each. Passed anywhere, returned, or used as a queue or deque: no change.
 */
public final class ArrayListRule implements Rule {

    private static final Map<String, Integer> ALLOWED = Map.of("add", 1, "get", 1, "set", 2, "size", 0,
            "isEmpty", 0, "contains", 1, "indexOf", 1);

    @Override
    public String id() {
        return "java-arraylist";
    }

    @Override
    public String description() {
        return "replace a LinkedList indexed with get(i) in a loop by an ArrayList";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA);
    }

    @Override
    public Optional<String> apply(String path, String text) {
        Optional<JavaSource> parsed = JavaSource.parse(text);
        if (parsed.isEmpty()) return Optional.empty();
        JavaSource src = parsed.get();
        if (src.simpleNameTaken("java.util.ArrayList")) return Optional.empty();
        SourceEdits edits = new SourceEdits(text);
        int converted = 0;
        for (VariableDeclarator v : src.unit.findAll(VariableDeclarator.class)) {
            Optional<BlockStmt> local = JavaScopes.localBlockOf(v);
            if (local.isEmpty()
                    || !(v.getType() instanceof ClassOrInterfaceType declared)
                    || !(declared.getNameAsString().equals("List") || declared.getNameAsString().equals("LinkedList"))
                    || v.getInitializer().isEmpty()
                    || !(v.getInitializer().get() instanceof ObjectCreationExpr created)
                    || !isLinkedList(created.getType(), src)
                    || !created.getArguments().isEmpty() || created.getAnonymousClassBody().isPresent()) {
                continue;
            }
            if (!usedLikeAnArray(local.get(), v)) continue;
            replaceName(created.getType(), src, edits);
            if (declared.getNameAsString().equals("LinkedList")) {
                if (!isLinkedList(declared, src)) continue;
                replaceName(declared, src, edits);
            }
            converted++;
        }
        if (converted == 0) return Optional.empty();
        src.addImport("java.util.ArrayList", edits);
        String out = edits.apply();
        out = dropUnusedImport(out, "java.util.LinkedList");
        return JavaSource.ifParses(out);
    }

    private static boolean isLinkedList(ClassOrInterfaceType t, JavaSource src) {
        String n = t.getNameWithScope();
        return n.equals("java.util.LinkedList") || n.equals("LinkedList") && src.imports("java.util.LinkedList");
    }

    private static void replaceName(ClassOrInterfaceType t, JavaSource src, SourceEdits edits) {
        edits.replace(src.start(t.getName()), src.end(t.getName()), "ArrayList");
    }

    private static boolean usedLikeAnArray(BlockStmt block, VariableDeclarator v) {
        boolean indexedInLoop = false;
        for (NameExpr use : JavaScopes.usesOf(block, v)) {
            Node parent = use.getParentNode().orElseThrow();
            if (parent instanceof ForEachStmt f && f.getIterable() == use) continue;
            if (!(parent instanceof MethodCallExpr call) || call.getScope().orElse(null) != use) return false;
            Integer arity = ALLOWED.get(call.getNameAsString());
            if (arity == null || arity != call.getArguments().size()) return false;
            if (call.getNameAsString().equals("get") && JavaScopes.inLoop(call)) indexedInLoop = true;
        }
        return indexedInLoop;
    }

    private static String dropUnusedImport(String text, String qualifiedName) {
        Optional<JavaSource> parsed = JavaSource.parse(text);
        if (parsed.isEmpty()) return text;
        JavaSource src = parsed.get();
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        boolean used = !src.unit.findAll(ClassOrInterfaceType.class, t -> t.getNameAsString().equals(simple)).isEmpty()
                || !src.unit.findAll(NameExpr.class, n -> n.getNameAsString().equals(simple)).isEmpty();
        if (used) return text;
        List<ImportDeclaration> imports = src.unit.getImports();
        for (ImportDeclaration i : imports) {
            if (!i.isAsterisk() && !i.isStatic() && i.getNameAsString().equals(qualifiedName)) {
                int start = src.start(i);
                int end = src.end(i);
                if (end < text.length() && text.charAt(end) == '\n') end++;
                return text.substring(0, start) + text.substring(end);
            }
        }
        return text;
    }
}
