package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.Set;

/** What the rules can tell about an expression's type from the file alone (no classpath): enough to know a String. */
final class JavaTypes {

    private static final Set<String> STRING_TO_STRING = Set.of("trim", "strip", "stripLeading", "stripTrailing",
            "toLowerCase", "toUpperCase", "substring", "replace", "replaceAll", "replaceFirst", "concat", "intern",
            "repeat", "formatted", "translateEscapes", "indent");
    private static final Set<String> STRING_STATICS = Set.of("valueOf", "format", "join", "copyValueOf");

    private JavaTypes() {
    }

    static boolean isNamed(Type t, String simpleName) {
        if (!(t instanceof ClassOrInterfaceType c)) return false;
        String n = c.getNameWithScope();
        return n.equals(simpleName) || n.equals("java.lang." + simpleName) || n.equals("java.util." + simpleName);
    }

    /** True only when {@code e} is certainly a {@code java.lang.String}. */
    static boolean isString(Expression e) {
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) return true;
        if (e instanceof EnclosedExpr p) return isString(p.getInner());
        if (e instanceof CastExpr c) return isNamed(c.getType(), "String");
        if (e instanceof ConditionalExpr c) return isString(c.getThenExpr()) && isString(c.getElseExpr());
        if (e instanceof BinaryExpr b) {
            return b.getOperator() == BinaryExpr.Operator.PLUS && (isString(b.getLeft()) || isString(b.getRight()));
        }
        if (e instanceof NameExpr n) return JavaScopes.declaredType(n).filter(t -> isNamed(t, "String")).isPresent();
        if (e instanceof ArrayAccessExpr a && a.getName() instanceof NameExpr n) {
            return JavaScopes.declaredType(n)
                    .filter(t -> t instanceof ArrayType at && at.getArrayLevel() == 1 && isNamed(at.getElementType(), "String"))
                    .isPresent();
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            Expression scope = m.getScope().get();
            String name = m.getNameAsString();
            if (STRING_TO_STRING.contains(name)) return isString(scope);
            if (scope instanceof NameExpr s && s.getNameAsString().equals("String")
                    && JavaScopes.declarationOf(s).isEmpty()) {
                return STRING_STATICS.contains(name);
            }
            if (scope instanceof NameExpr s) {
                if (name.equals("group")) return declaredAs(s, "Matcher");
                if (name.equals("readLine")) return declaredAs(s, "BufferedReader");
            }
        }
        return false;
    }

    static boolean declaredAs(NameExpr n, String simpleName) {
        return JavaScopes.declaredType(n).filter(t -> t instanceof ClassOrInterfaceType c
                && (c.getNameAsString().equals(simpleName))).isPresent();
    }

    /** Is {@code e} a char[] variable? Appending one to a StringBuilder differs from string concatenation. */
    static boolean mayBeCharArray(Expression e) {
        if (e instanceof EnclosedExpr p) return mayBeCharArray(p.getInner());
        if (e instanceof NameExpr n) {
            return JavaScopes.declaredType(n).map(t -> t.isArrayType() || t.isVarType()).orElse(true);
        }
        if (e instanceof MethodCallExpr m && m.getNameAsString().equals("toCharArray")) return true;
        return e instanceof com.github.javaparser.ast.expr.ArrayCreationExpr
                || e instanceof com.github.javaparser.ast.expr.NullLiteralExpr;
    }
}
