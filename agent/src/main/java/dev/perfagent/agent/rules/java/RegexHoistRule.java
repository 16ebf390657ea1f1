package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Regular expressions compiled on every iteration of a loop become {@code private static final Pattern} fields:
 * {@code Pattern.compile(CONSTANT)} and the String conveniences {@code matches}, {@code replaceAll},
 * {@code replaceFirst} and {@code split} (which compile their argument each call) when the regex is a literal or a
 * {@code static final String} constant. {@code split} on a single plain character is left alone: the JDK already
 * splits that without a regex. A regex that does not compile is left where it is, so it cannot fail earlier.
 */
public final class RegexHoistRule implements Rule {

    private static final Set<String> STRING_REGEX_METHODS = Set.of("matches", "replaceAll", "replaceFirst", "split");

    @Override
    public String id() {
        return "java-regex-hoist";
    }

    @Override
    public String description() {
        return "compile regular expressions used inside loops once, as static final Pattern fields";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA);
    }

    /** One regex found in a loop: its source text (as written), its value, and the flags text if any. */
    private record Regex(String sourceText, String value, String flagsText, int flags) {
    }

    @Override
    public Optional<String> apply(String path, String text) {
        // nested calls (a split of a replaceAll) are rewritten outermost first, the rest on the next pass
        String current = text;
        for (int pass = 0; pass < 8; pass++) {
            Optional<String> next = pass(current);
            if (next.isEmpty()) break;
            current = next.get();
        }
        return current.equals(text) ? Optional.empty() : Optional.of(current);
    }

    private Optional<String> pass(String text) {
        Optional<JavaSource> parsed = JavaSource.parse(text);
        if (parsed.isEmpty()) return Optional.empty();
        JavaSource src = parsed.get();
        if (src.simpleNameTaken("java.util.regex.Pattern")) return Optional.empty();
        Optional<TypeDeclaration<?>> host = src.unit.getTypes().stream()
                .filter(t -> t instanceof ClassOrInterfaceDeclaration c && !c.isInterface() || t instanceof RecordDeclaration)
                .findFirst().map(t -> (TypeDeclaration<?>) t);
        if (host.isEmpty()) return Optional.empty();

        SourceEdits edits = new SourceEdits(text);
        Map<String, String> fieldByRegex = new LinkedHashMap<>(); // regex value and flags -> field name
        Map<String, Regex> newFields = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        src.unit.findAll(SimpleName.class).forEach(n -> taken.add(n.getIdentifier()));
        existingPatternFields(src, host.get(), fieldByRegex);

        List<int[]> rewritten = new ArrayList<>();
        for (MethodCallExpr call : src.unit.findAll(MethodCallExpr.class)) {
            if (!JavaScopes.inLoop(call) || !inside(call, host.get())) continue;
            int start = src.start(call);
            int end = src.end(call);
            if (rewritten.stream().anyMatch(r -> start < r[1] && r[0] < end)) continue;
            Optional<String> replacement = Optional.empty();
            if (isPatternCompile(call, src)) {
                Optional<Regex> regex = constantRegex(call.getArgument(0), call.getArguments().size() == 2
                        ? Optional.of(call.getArgument(1)) : Optional.empty(), src);
                if (regex.isPresent()) {
                    replacement = Optional.of(field(regex.get(), call.getArgument(0), fieldByRegex, newFields, taken));
                }
            } else if (call.getScope().isPresent() && STRING_REGEX_METHODS.contains(call.getNameAsString())
                    && JavaTypes.isString(call.getScope().get())) {
                replacement = stringCall(call, src, fieldByRegex, newFields, taken);
            }
            if (replacement.isPresent()) {
                edits.replace(start, end, replacement.get());
                rewritten.add(new int[]{start, end});
            }
        }
        if (edits.isEmpty()) return Optional.empty();

        insertFields(src, host.get(), newFields, edits);
        src.addImport("java.util.regex.Pattern", edits);
        String out = edits.apply();
        return JavaSource.ifParses(out);
    }

    /** Fields this rule (or the author) already made: {@code static final Pattern X = Pattern.compile(CONSTANT)}. */
    private void existingPatternFields(JavaSource src, TypeDeclaration<?> host, Map<String, String> fieldByRegex) {
        for (FieldDeclaration f : host.getFields()) {
            if (!f.isStatic() || !f.isFinal()) continue;
            for (VariableDeclarator v : f.getVariables()) {
                if (!JavaTypes.isNamed(v.getType(), "Pattern") || v.getInitializer().isEmpty()) continue;
                if (v.getInitializer().get() instanceof MethodCallExpr m && isPatternCompile(m, src)) {
                    constantRegex(m.getArgument(0), m.getArguments().size() == 2 ? Optional.of(m.getArgument(1))
                            : Optional.empty(), src)
                            .ifPresent(r -> fieldByRegex.putIfAbsent(key(r), v.getNameAsString()));
                }
            }
        }
    }

    private static String key(Regex r) {
        return r.value + "\u0000" + r.flags;
    }

    private static boolean inside(Node n, TypeDeclaration<?> host) {
        Optional<Node> p = n.getParentNode();
        while (p.isPresent() && p.get() != host) p = p.get().getParentNode();
        return p.isPresent();
    }

    private static boolean isPatternCompile(MethodCallExpr call, JavaSource src) {
        if (!call.getNameAsString().equals("compile") || call.getScope().isEmpty()) return false;
        int args = call.getArguments().size();
        if (args != 1 && args != 2) return false;
        Expression scope = call.getScope().get();
        if (scope.toString().equals("java.util.regex.Pattern")) return true;
        return scope instanceof NameExpr n && n.getNameAsString().equals("Pattern")
                && JavaScopes.declarationOf(n).isEmpty() && src.imports("java.util.regex.Pattern");
    }

    private Optional<String> stringCall(MethodCallExpr call, JavaSource src, Map<String, String> fieldByRegex,
                                        Map<String, Regex> regexByField, Set<String> taken) {
        String name = call.getNameAsString();
        int args = call.getArguments().size();
        boolean shapeOk = switch (name) {
            case "matches" -> args == 1;
            case "replaceAll", "replaceFirst" -> args == 2;
            case "split" -> args == 1 || args == 2;
            default -> false;
        };
        if (!shapeOk) return Optional.empty();
        Optional<Regex> regex = constantRegex(call.getArgument(0), Optional.empty(), src);
        if (regex.isEmpty()) return Optional.empty();
        if (name.equals("split") && splitsWithoutRegex(regex.get().value)) return Optional.empty();
        Expression receiver = call.getScope().get();
        String field = field(regex.get(), call.getArgument(0), fieldByRegex, regexByField, taken);
        String recv = src.textOf(receiver);
        return Optional.of(switch (name) {
            case "matches" -> field + ".matcher(" + recv + ").matches()";
            case "replaceAll" -> field + ".matcher(" + recv + ").replaceAll(" + src.textOf(call.getArgument(1)) + ")";
            case "replaceFirst" -> field + ".matcher(" + recv + ").replaceFirst(" + src.textOf(call.getArgument(1)) + ")";
            default -> args == 1 ? field + ".split(" + recv + ")"
                    : field + ".split(" + recv + ", " + src.textOf(call.getArgument(1)) + ")";
        });
    }

    /** String.split's fast path (String.java): one char that is not a regex metacharacter, or a backslash-escaped non-alphanumeric. */
    static boolean splitsWithoutRegex(String regex) {
        if (regex.length() == 1) return ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0;
        if (regex.length() == 2 && regex.charAt(0) == '\\') {
            char c = regex.charAt(1);
            return !Character.isLetterOrDigit(c) && (c < Character.MIN_HIGH_SURROGATE || c > Character.MAX_LOW_SURROGATE)
                    && c < 128;
        }
        return false;
    }

    private Optional<Regex> constantRegex(Expression arg, Optional<Expression> flagsArg, JavaSource src) {
        Optional<String> value = constantValue(arg);
        if (value.isEmpty()) return Optional.empty();
        int flags = 0;
        String flagsText = "";
        if (flagsArg.isPresent()) {
            Optional<Integer> f = patternFlags(flagsArg.get());
            if (f.isEmpty()) return Optional.empty();
            flags = f.get();
            flagsText = src.textOf(flagsArg.get());
        }
        try {
            Pattern.compile(value.get(), flags);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new Regex(src.textOf(arg), value.get(), flagsText, flags));
    }

    /** The value of a string literal, a concatenation of them, or a {@code static final String} constant of this file. */
    static Optional<String> constantValue(Expression e) {
        if (e instanceof StringLiteralExpr s) return Optional.of(s.asString());
        if (e instanceof TextBlockLiteralExpr t) return Optional.of(t.asString());
        if (e instanceof EnclosedExpr p) return constantValue(p.getInner());
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> l = constantValue(b.getLeft());
            Optional<String> r = constantValue(b.getRight());
            return l.isPresent() && r.isPresent() ? Optional.of(l.get() + r.get()) : Optional.empty();
        }
        if (e instanceof NameExpr n) {
            Optional<Node> d = JavaScopes.declarationOf(n);
            if (d.isPresent() && d.get() instanceof VariableDeclarator v
                    && v.getParentNode().orElse(null) instanceof FieldDeclaration f
                    && f.isStatic() && f.isFinal() && JavaTypes.isNamed(v.getType(), "String")
                    && v.getInitializer().isPresent()) {
                return constantValue(v.getInitializer().get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> patternFlags(Expression e) {
        if (e instanceof EnclosedExpr p) return patternFlags(p.getInner());
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.BINARY_OR) {
            Optional<Integer> l = patternFlags(b.getLeft());
            Optional<Integer> r = patternFlags(b.getRight());
            return l.isPresent() && r.isPresent() ? Optional.of(l.get() | r.get()) : Optional.empty();
        }
        if (e instanceof FieldAccessExpr f && f.getScope().toString().matches("(java\\.util\\.regex\\.)?Pattern")) {
            try {
                return Optional.of(Pattern.class.getField(f.getNameAsString()).getInt(null));
            } catch (ReflectiveOperationException ex) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String field(Regex regex, Expression arg, Map<String, String> fieldByRegex,
                                Map<String, Regex> regexByField, Set<String> taken) {
        String key = key(regex);
        String existing = fieldByRegex.get(key);
        if (existing != null) return existing;
        String base = arg instanceof NameExpr n && n.getNameAsString().matches("[A-Z][A-Z0-9_]*")
                ? n.getNameAsString() + "_PATTERN" : "PATTERN";
        String name = base;
        for (int i = 2; taken.contains(name); i++) name = base + "_" + i;
        taken.add(name);
        fieldByRegex.put(key, name);
        regexByField.put(name, regex);
        return name;
    }

    private static void insertFields(JavaSource src, TypeDeclaration<?> host, Map<String, Regex> regexByField,
                                     SourceEdits edits) {
        Optional<FieldDeclaration> lastStatic = host.getMembers().stream()
                .filter(m -> m instanceof FieldDeclaration f && f.isStatic())
                .map(m -> (FieldDeclaration) m)
                .reduce((a, b) -> b);
        String indent = host.getMembers().isEmpty() ? "    " : src.indentOf(host.getMembers().get(0));
        StringBuilder decls = new StringBuilder();
        for (Map.Entry<String, Regex> e : regexByField.entrySet()) {
            Regex r = e.getValue();
            decls.append('\n').append(indent).append("private static final Pattern ").append(e.getKey())
                    .append(" = Pattern.compile(").append(r.sourceText)
                    .append(r.flagsText.isEmpty() ? "" : ", " + r.flagsText).append(");");
        }
        if (lastStatic.isPresent()) {
            edits.insert(src.end(lastStatic.get()), decls.toString());
        } else {
            int open = src.text.indexOf('{', src.end(host.getName()));
            edits.insert(open + 1, decls.toString());
        }
    }
}
