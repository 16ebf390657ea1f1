package dev.perfagent.agent.repo;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java sources parsed with JavaParser (language level set explicitly: its default, Java 11, cannot read records or
 * text blocks). Methods are keyed by binary class name and method name ({@code org.acme.Outer$Inner.find}), the way
 * async-profiler names frames; constructors as {@code <init>}. A file that does not parse is left out, not fatal.
 */
public final class JavaSourceIndex implements SourceIndex {
    private static final Pattern LAMBDA = Pattern.compile("^(.*)\\.lambda\\$(.+?)\\$\\d+$");
    private static final Pattern ANONYMOUS = Pattern.compile("\\$\\d+(?=\\.|$)");

    private final List<SourceMethod> methods = new ArrayList<>();
    private final Map<String, List<SourceMethod>> byKey = new HashMap<>();
    private final Map<String, List<String>> fields = new HashMap<>();

    /** @param files relative paths of the .java files to index */
    public static JavaSourceIndex of(Path root, List<String> files) {
        JavaSourceIndex index = new JavaSourceIndex();
        ParserConfiguration config = new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        JavaParser parser = new JavaParser(config);
        for (String rel : files) {
            if (!rel.endsWith(".java")) continue;
            ParseResult<CompilationUnit> r = parser.parse(RepoFiles.read(root.resolve(rel)));
            r.getResult().filter(u -> r.isSuccessful()).ifPresent(u -> index.add(rel, u));
        }
        return index;
    }

    private void add(String file, CompilationUnit unit) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            String binary = pkg + binaryName(type);
            List<String> f = new ArrayList<>();
            if (type instanceof RecordDeclaration rec) {
                rec.getParameters().forEach(p -> f.add("record component " + p.getTypeAsString() + " " + p.getNameAsString()));
            }
            for (FieldDeclaration fd : type.getFields()) f.add(declaration(fd));
            fields.put(binary, f);
            for (Object member : type.getMembers()) {
                if (member instanceof MethodDeclaration md) add(file, binary, md.getNameAsString(), md);
                else if (member instanceof ConstructorDeclaration cd) add(file, binary, "<init>", cd);
            }
        }
    }

    private void add(String file, String binary, String name, CallableDeclaration<?> d) {
        int begin = d.getName().getBegin().map(p -> p.line).orElse(0);
        int end = d.getEnd().map(p -> p.line).orElse(begin);
        LinkedHashSet<String> calls = new LinkedHashSet<>();
        d.findAll(MethodCallExpr.class).forEach(c -> calls.add(c.getNameAsString()));
        d.findAll(ObjectCreationExpr.class).forEach(c -> calls.add(c.getType().getNameAsString()));
        String simpleOwner = binary.substring(binary.lastIndexOf('.') + 1);
        String signature = d.getDeclarationAsString(true, true, true);
        SourceMethod m = new SourceMethod(binary + "." + name, binary, name.equals("<init>") ? simpleOwner : name,
                signature, file, begin, end, List.copyOf(calls));
        methods.add(m);
        byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
    }

    /** Outer$Inner for nested types, as the JVM names them. */
    private static String binaryName(TypeDeclaration<?> type) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        Optional<Node> parent = type.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof TypeDeclaration<?> outer) name.insert(0, outer.getNameAsString() + "$");
            parent = parent.get().getParentNode();
        }
        return name.toString();
    }

    private static String declaration(FieldDeclaration fd) {
        FieldDeclaration plain = fd.clone();
        plain.removeComment();
        String text = plain.toString();
        // the initializer of a large constant table is noise for the model; the declaration is what matters
        text = text.lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse("").replaceAll(";$", "");
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    @Override
    public List<SourceMethod> methods() {
        return List.copyOf(methods);
    }

    /** Overloads share a frame name; the first declared stands for them (they are in the same file). */
    @Override
    public Optional<SourceMethod> forFrame(String frame) {
        String f = frame;
        Matcher lambda = LAMBDA.matcher(f);
        if (lambda.matches()) f = lambda.group(1) + "." + lambda.group(2);
        List<SourceMethod> found = byKey.get(f);
        if (found == null) found = byKey.get(ANONYMOUS.matcher(f).replaceAll(""));
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every overload of a frame's method, for the context shown to the model. */
    public List<SourceMethod> overloads(SourceMethod m) {
        return byKey.getOrDefault(m.key(), List.of(m));
    }

    @Override
    public List<String> ownerContext(SourceMethod m) {
        return fields.getOrDefault(m.owner(), List.of());
    }
}
