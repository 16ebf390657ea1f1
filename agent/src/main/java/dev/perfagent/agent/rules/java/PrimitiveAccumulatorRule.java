package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Boxed local accumulators ({@code Long sum = 0L; ... sum += x} in a loop) become primitives, so an update no longer
 * allocates. Only where the box is never observable: the variable starts as a number literal, is only assigned
 * null-free arithmetic of primitives and literals, and is read only as a number (arithmetic, comparisons other than
 * {@code ==} between boxes, casts, string concatenation, assignment to a primitive) — never passed to a method, returned,
 * compared to null or used as an Object.
 */
public final class PrimitiveAccumulatorRule implements Rule {

    private static final Map<String, String> PRIMITIVE = Map.of("Long", "long", "Integer", "int", "Double", "double",
            "Float", "float", "Short", "short", "Byte", "byte");
    private static final Set<String> PRIMITIVE_RESULT_CALLS = Set.of("size", "length", "parseInt", "parseLong",
            "parseDouble", "intValue", "longValue", "doubleValue", "charAt", "floorMod", "floorDiv");

    @Override
    public String id() {
        return "java-primitive-accumulator";
    }

    @Override
    public String description() {
        return "use primitives instead of boxed Long/Integer/Double accumulators updated in loops";
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

        Map<VariableDeclarator, BlockStmt> candidates = new LinkedHashMap<>();
        for (VariableDeclarator v : src.unit.findAll(VariableDeclarator.class)) {
            Optional<BlockStmt> block = JavaScopes.localBlockOf(v);
            if (block.isPresent()
                    && boxName(v.getType()).isPresent()
                    && v.getInitializer().filter(PrimitiveAccumulatorRule::isNumberLiteral).isPresent()) {
                candidates.put(v, block.get());
            }
        }
        // a candidate may be assigned from another: drop failing ones until what is left only depends on itself
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = candidates.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!convertible(e.getKey(), e.getValue(), candidates.keySet())) {
                    it.remove();
                    changed = true;
                }
            }
        }
        if (candidates.isEmpty()) return Optional.empty();
        SourceEdits edits = new SourceEdits(text);
        for (VariableDeclarator v : candidates.keySet()) {
            edits.replace(src.start(v.getType()), src.end(v.getType()), PRIMITIVE.get(boxName(v.getType()).get()));
        }
        String out = edits.apply();
        return JavaSource.ifParses(out);
    }

    private static Optional<String> boxName(Type t) {
        if (!(t instanceof ClassOrInterfaceType c) || c.getTypeArguments().isPresent()) return Optional.empty();
        String n = c.getNameWithScope();
        if (n.startsWith("java.lang.")) n = n.substring("java.lang.".length());
        return PRIMITIVE.containsKey(n) ? Optional.of(n) : Optional.empty();
    }

    private static boolean isNumberLiteral(Expression e) {
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) return isNumberLiteral(u.getExpression());
        return e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr;
    }

    private static boolean convertible(VariableDeclarator v, BlockStmt block, Set<VariableDeclarator> candidates) {
        boolean updatedInLoop = false;
        for (NameExpr use : JavaScopes.usesOf(block, v)) {
            Node parent = use.getParentNode().orElseThrow();
            if (parent instanceof AssignExpr a && a.getTarget() == use) {
                if (!(a.getParentNode().orElse(null) instanceof ExpressionStmt)) return false;
                if (!nullFree(a.getValue(), candidates)) return false;
                updatedInLoop |= JavaScopes.inLoop(a); // each assignment of a box in a loop may allocate
            } else if (parent instanceof UnaryExpr u && (u.getOperator().isPostfix() || u.getOperator().isPrefix())
                    && isIncrement(u)) {
                if (!(u.getParentNode().orElse(null) instanceof ExpressionStmt)) return false;
                updatedInLoop |= JavaScopes.inLoop(u);
            } else if (!readAsNumber(use, parent, candidates)) {
                return false;
            }
        }
        return updatedInLoop;
    }

    private static boolean isIncrement(UnaryExpr u) {
        return switch (u.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    private static boolean readAsNumber(Expression use, Node parent, Set<VariableDeclarator> candidates) {
        if (parent instanceof EnclosedExpr e) return readAsNumber(e, e.getParentNode().orElseThrow(), candidates);
        if (parent instanceof BinaryExpr b) {
            return switch (b.getOperator()) {
                case EQUALS, NOT_EQUALS -> {
                    Expression other = b.getLeft() == use ? b.getRight() : b.getLeft();
                    yield other instanceof LiteralExpr && !(other instanceof NullLiteralExpr);
                }
                case AND, OR -> false;
                default -> true; // arithmetic, ordering, shifts, bitwise, string concatenation
            };
        }
        if (parent instanceof UnaryExpr u) {
            return u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS
                    || u.getOperator() == UnaryExpr.Operator.BITWISE_COMPLEMENT;
        }
        if (parent instanceof CastExpr c) return c.getType() instanceof PrimitiveType;
        if (parent instanceof ArrayAccessExpr a) return a.getIndex() == use;
        if (parent instanceof AssignExpr a && a.getValue() == use) return assignsToNumber(a.getTarget(), candidates);
        if (parent instanceof VariableDeclarator d) return d.getType() instanceof PrimitiveType || candidates.contains(d);
        return false;
    }

    private static boolean assignsToNumber(Expression target, Set<VariableDeclarator> candidates) {
        if (!(target instanceof NameExpr n)) return false;
        Optional<Node> d = JavaScopes.declarationOf(n);
        if (d.isEmpty()) return false;
        Type t = d.get() instanceof VariableDeclarator v ? v.getType() : ((Parameter) d.get()).getType();
        return t instanceof PrimitiveType || d.get() instanceof VariableDeclarator v && candidates.contains(v);
    }

    /** No null can come out of {@code e}: literals, primitive or candidate locals, arithmetic of them. */
    private static boolean nullFree(Expression e, Set<VariableDeclarator> candidates) {
        if (e instanceof NullLiteralExpr) return false;
        if (e instanceof LiteralExpr) return e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr
                || e instanceof DoubleLiteralExpr || e instanceof CharLiteralExpr;
        if (e instanceof EnclosedExpr p) return nullFree(p.getInner(), candidates);
        if (e instanceof BinaryExpr b) return nullFree(b.getLeft(), candidates) && nullFree(b.getRight(), candidates);
        if (e instanceof UnaryExpr u) return nullFree(u.getExpression(), candidates);
        if (e instanceof CastExpr c) return c.getType() instanceof PrimitiveType;
        if (e instanceof ConditionalExpr c) return nullFree(c.getThenExpr(), candidates) && nullFree(c.getElseExpr(), candidates);
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (name.equals("max") || name.equals("min") || name.equals("abs")) {
                return m.getScope().filter(s -> s.toString().equals("Math") || s.toString().equals("StrictMath")).isPresent();
            }
            return PRIMITIVE_RESULT_CALLS.contains(name);
        }
        if (e instanceof ArrayAccessExpr a && a.getName() instanceof NameExpr n) {
            return JavaScopes.declaredType(n).filter(t -> t.isArrayType()
                    && t.asArrayType().getComponentType() instanceof PrimitiveType).isPresent();
        }
        if (e instanceof NameExpr n) {
            Optional<Node> d = JavaScopes.declarationOf(n);
            if (d.isEmpty()) return false;
            if (d.get() instanceof VariableDeclarator v) return v.getType() instanceof PrimitiveType || candidates.contains(v);
            return ((Parameter) d.get()).getType() instanceof PrimitiveType;
        }
        return false;
    }
}
