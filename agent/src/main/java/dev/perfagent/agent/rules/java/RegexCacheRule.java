package dev.perfagent.agent.rules.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Pattern.compile(regex)} in a loop with a regex computed at run time (so it cannot be hoisted) goes through a
 * small cache keyed by the regex string: the same regex compiles once. Patterns are immutable and thread-safe, the
 * cache is a ConcurrentHashMap holding at most 1024 regexes (beyond that it compiles as before), and an invalid regex
 * throws exactly as it did.
 */
public final class RegexCacheRule implements Rule {

    @Override
    public String id() {
        return "java-regex-cache";
    }

    @Override
    public String description() {
        return "cache Pattern.compile of regexes computed inside loops, so each distinct regex compiles once";
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
        if (src.simpleNameTaken("java.util.regex.Pattern")) return Optional.empty();
        Optional<TypeDeclaration<?>> host = src.unit.getTypes().stream()
                .filter(t -> t instanceof ClassOrInterfaceDeclaration c && !c.isInterface() || t instanceof RecordDeclaration)
                .findFirst().map(t -> (TypeDeclaration<?>) t);
        if (host.isEmpty()) return Optional.empty();
        Set<String> taken = new HashSet<>();
        src.unit.findAll(SimpleName.class).forEach(n -> taken.add(n.getIdentifier()));
        if (taken.contains("PATTERN_CACHE") || taken.contains("cachedPattern")) return Optional.empty();

        SourceEdits edits = new SourceEdits(text);
        for (MethodCallExpr call : host.get().findAll(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("compile") || call.getArguments().size() != 1 || call.getScope().isEmpty()
                    || !JavaScopes.inLoop(call)) {
                continue;
            }
            Expression scope = call.getScope().get();
            boolean pattern = scope.toString().equals("java.util.regex.Pattern")
                    || scope instanceof NameExpr n && n.getNameAsString().equals("Pattern")
                    && JavaScopes.declarationOf(n).isEmpty() && src.imports("java.util.regex.Pattern");
            if (!pattern || RegexHoistRule.constantValue(call.getArgument(0)).isPresent()) continue;
            if (call.getArgument(0).findFirst(MethodCallExpr.class, m -> m.getNameAsString().equals("compile")).isPresent()) continue;
            edits.replace(src.start(call), src.end(call), "cachedPattern(" + src.textOf(call.getArgument(0)) + ")");
        }
        if (edits.isEmpty()) return Optional.empty();

        String indent = host.get().getMembers().isEmpty() ? "    " : src.indentOf(host.get().getMembers().get(0));
        String decl = "\n" + indent + "private static final java.util.Map<String, Pattern> PATTERN_CACHE = new java.util.concurrent.ConcurrentHashMap<>();\n"
                + "\n" + indent + "private static Pattern cachedPattern(String regex) {\n"
                + indent + indent + "Pattern p = PATTERN_CACHE.get(regex);\n"
                + indent + indent + "if (p == null) {\n"
                + indent + indent + indent + "p = Pattern.compile(regex);\n"
                + indent + indent + indent + "if (PATTERN_CACHE.size() < 1024) PATTERN_CACHE.put(regex, p);\n"
                + indent + indent + "}\n"
                + indent + indent + "return p;\n"
                + indent + "}";
        Optional<FieldDeclaration> lastStatic = host.get().getFields().stream().filter(FieldDeclaration::isStatic)
                .reduce((a, b) -> b);
        if (lastStatic.isPresent()) {
            edits.insert(src.end(lastStatic.get()), "\n" + decl);
        } else {
            edits.insert(src.text.indexOf('{', src.end(host.get().getName())) + 1, decl + "\n");
        }
        src.addImport("java.util.regex.Pattern", edits);
        String out = edits.apply();
        return JavaSource.ifParses(out);
    }
}
