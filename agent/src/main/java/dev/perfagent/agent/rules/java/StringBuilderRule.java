package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local {@code String} built with {@code s += x} or {@code s = s + x + y} inside a loop becomes a
 * {@code StringBuilder}: each concatenation an {@code append}, each read {@code s.toString()}. It fires only when the
 * variable starts as a string literal, every write is such an append (as a statement of its own), it is never read
 * inside a loop (a read per iteration would copy as much as before) nor compared with {@code ==}, and nothing
 * appended could mean something else to {@code append} (a {@code char[]}, {@code null}).
 */
public final class StringBuilderRule implements Rule {

    @Override
    public String id() {
        return "java-string-builder";
    }

    @Override
    public String description() {
        return "build strings concatenated in loops with a StringBuilder";
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
        SourceEdits edits = new SourceEdits(text);
        for (VariableDeclarator v : src.unit.findAll(VariableDeclarator.class)) {
            rewrite(src, v, edits);
        }
        if (edits.isEmpty()) return Optional.empty();
        String out = edits.apply();
        return JavaSource.ifParses(out);
    }

    private void rewrite(JavaSource src, VariableDeclarator v, SourceEdits edits) {
        Optional<BlockStmt> local = JavaScopes.localBlockOf(v);
        if (local.isEmpty()) return;
        BlockStmt block = local.get();
        if (!JavaTypes.isNamed(v.getType(), "String") || v.getInitializer().isEmpty()
                || !(v.getInitializer().get() instanceof StringLiteralExpr init)) {
            return;
        }
        List<NameExpr> uses = JavaScopes.usesOf(block, v);
        List<Replacement> pending = new ArrayList<>();
        boolean appendsInLoop = false;
        for (NameExpr use : uses) {
            Node parent = use.getParentNode().orElseThrow();
            if (parent instanceof AssignExpr a && a.getTarget() == use) {
                Optional<List<Expression>> appended = appended(a, v);
                if (appended.isEmpty() || !(a.getParentNode().orElse(null) instanceof ExpressionStmt)) return;
                StringBuilder call = new StringBuilder(use.getNameAsString());
                for (Expression e : appended.get()) {
                    if (JavaTypes.mayBeCharArray(e) || !JavaScopes.usesOf(e, v).isEmpty()) return;
                    call.append(".append(").append(src.textOf(e)).append(')');
                }
                pending.add(new Replacement(src.start(a), src.end(a), call.toString()));
                appendsInLoop |= JavaScopes.enclosingLoop(a, block).isPresent();
            } else if (!isAppendOperand(use, v)) {
                if (JavaScopes.enclosingLoop(use, block).isPresent()) return;
                if (parent instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
                        || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
                    return;
                }
                pending.add(new Replacement(src.start(use), src.end(use), use.getNameAsString() + ".toString()"));
            }
        }
        if (!appendsInLoop) return;
        edits.replace(src.start(v.getType()), src.end(v.getType()), "StringBuilder");
        edits.replace(src.start(init), src.end(init),
                init.getValue().isEmpty() ? "new StringBuilder()" : "new StringBuilder(" + src.textOf(init) + ")");
        for (Replacement r : pending) edits.replace(r.start, r.end, r.text);
    }

    private record Replacement(int start, int end, String text) {
    }

    /** {@code s += e} → [e]; {@code s = s + a + b} → [a, b]; anything else → empty. */
    private static Optional<List<Expression>> appended(AssignExpr a, VariableDeclarator v) {
        if (a.getOperator() == AssignExpr.Operator.PLUS) return Optional.of(List.of(a.getValue()));
        if (a.getOperator() != AssignExpr.Operator.ASSIGN) return Optional.empty();
        Deque<Expression> operands = new ArrayDeque<>();
        Expression e = a.getValue();
        while (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            operands.push(b.getRight());
            e = b.getLeft();
        }
        if (operands.isEmpty() || !(e instanceof NameExpr n) || !n.getNameAsString().equals(v.getNameAsString())) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(operands));
    }

    /** True for the leading {@code s} in {@code s = s + x}. */
    private static boolean isAppendOperand(NameExpr use, VariableDeclarator v) {
        Node n = use;
        while (n.getParentNode().orElse(null) instanceof BinaryExpr b && b.getLeft() == n
                && b.getOperator() == BinaryExpr.Operator.PLUS) {
            n = b;
        }
        return n != use && n.getParentNode().orElse(null) instanceof AssignExpr a
                && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue() == n
                && a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(v.getNameAsString());
    }
}
