package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;

import java.util.List;
import java.util.Optional;

/**
 * Just enough name resolution for the rules, without a symbol solver: which declaration a simple name refers to
 * (walking out through blocks, loops, lambdas, methods and classes as Java's scoping does) and whether a node runs
 * repeatedly inside a loop.
 */
final class JavaScopes {

    private JavaScopes() {
    }

    /** The local variable, parameter or field (a {@link VariableDeclarator} or {@link Parameter}) {@code name} means. */
    static Optional<Node> declarationOf(NameExpr name) {
        String id = name.getNameAsString();
        Node child = name;
        Optional<Node> parent = name.getParentNode();
        while (parent.isPresent()) {
            Node p = parent.get();
            Optional<Node> found = Optional.empty();
            if (p instanceof BlockStmt b) {
                found = declaredBefore(b.getStatements(), child, id);
            } else if (p instanceof SwitchEntry e) {
                found = declaredBefore(e.getStatements(), child, id);
            } else if (p instanceof ForStmt f) {
                for (Expression init : f.getInitialization()) found = found.or(() -> declaredIn(init, id));
            } else if (p instanceof ForEachStmt f && child != f.getIterable()) {
                found = declaredIn(f.getVariable(), id);
            } else if (p instanceof LambdaExpr l) {
                found = parameter(l.getParameters(), id);
            } else if (p instanceof CatchClause c) {
                found = parameter(NodeList.nodeList(c.getParameter()), id);
            } else if (p instanceof CallableDeclaration<?> c) {
                found = parameter(c.getParameters(), id);
            } else if (p instanceof TryStmt t) {
                for (Expression r : t.getResources()) found = found.or(() -> declaredIn(r, id));
            } else if (p instanceof TypeDeclaration<?> t) {
                for (FieldDeclaration f : t.getFields()) {
                    for (VariableDeclarator v : f.getVariables()) if (v.getNameAsString().equals(id)) return Optional.of(v);
                }
                return Optional.empty(); // inherited fields and outer classes: unknown, so the rules stay away
            } else if (p instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                return Optional.empty();
            }
            if (found.isPresent()) return found;
            child = p;
            parent = p.getParentNode();
        }
        return Optional.empty();
    }

    static Optional<Type> declaredType(NameExpr name) {
        return declarationOf(name).map(d -> d instanceof VariableDeclarator v ? v.getType() : ((Parameter) d).getType());
    }

    /**
     * The block holding {@code v} when it is a local variable declared alone in a statement of its own
     * ({@code T v = ...;} directly in a block): the shape the rules rewrite, where every use lies in that block.
     */
    static Optional<BlockStmt> localBlockOf(VariableDeclarator v) {
        if (v.getParentNode().orElse(null) instanceof VariableDeclarationExpr decl && decl.getVariables().size() == 1
                && decl.getParentNode().orElse(null) instanceof ExpressionStmt stmt
                && stmt.getParentNode().orElse(null) instanceof BlockStmt block) {
            return Optional.of(block);
        }
        return Optional.empty();
    }

    /** Every use of the declaration {@code v} as a simple name within {@code scope}. */
    static List<NameExpr> usesOf(Node scope, Node declaration) {
        String id = declaration instanceof VariableDeclarator v ? v.getNameAsString() : ((Parameter) declaration).getNameAsString();
        return scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(id)
                && declarationOf(n).filter(d -> d == declaration).isPresent());
    }

    /**
     * True when {@code node} is evaluated once per iteration of some enclosing loop: in a loop's body, condition or
     * update, not in a for-loop's initialisation or a for-each's iterable (those run once per loop), up to the
     * enclosing class.
     */
    static boolean inLoop(Node node) {
        return enclosingLoop(node, null).isPresent();
    }

    /** The innermost loop that repeats {@code node}, looking no further out than {@code limit} (null: the class). */
    static Optional<Statement> enclosingLoop(Node node, Node limit) {
        Node child = node;
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent() && parent.get() != limit) {
            Node p = parent.get();
            if (p instanceof TypeDeclaration<?>) return Optional.empty();
            Node c = child;
            if (p instanceof ForStmt f && f.getInitialization().stream().noneMatch(i -> i == c)) return Optional.of(f);
            if (p instanceof ForEachStmt f && f.getBody() == child) return Optional.of(f);
            if (p instanceof WhileStmt w) return Optional.of(w);
            if (p instanceof DoStmt d) return Optional.of(d);
            child = p;
            parent = p.getParentNode();
        }
        return Optional.empty();
    }

    private static Optional<Node> declaredBefore(List<Statement> statements, Node child, String id) {
        Optional<Node> found = Optional.empty();
        for (Statement s : statements) {
            if (s == child) break;
            if (s instanceof ExpressionStmt e) {
                Optional<Node> here = declaredIn(e.getExpression(), id);
                if (here.isPresent()) found = here;
            }
        }
        if (found.isEmpty() && child instanceof ExpressionStmt e) {
            found = declaredIn(e.getExpression(), id); // `int a = 1, b = a;` and the declarator itself
        }
        return found;
    }

    private static Optional<Node> declaredIn(Node expression, String id) {
        if (expression instanceof VariableDeclarationExpr d) {
            for (VariableDeclarator v : d.getVariables()) if (v.getNameAsString().equals(id)) return Optional.of(v);
        }
        return Optional.empty();
    }

    private static Optional<Node> parameter(List<Parameter> parameters, String id) {
        for (Parameter p : parameters) if (p.getNameAsString().equals(id)) return Optional.of(p);
        return Optional.empty();
    }
}
