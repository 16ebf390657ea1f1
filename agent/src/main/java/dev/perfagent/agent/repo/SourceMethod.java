package dev.perfagent.agent.repo;

import java.util.List;

/**
 * A function or method declared in the repository's source, as a profile frame can be traced back to it.
 *
 * @param key       how profiles name it: {@code org.acme.Catalog.find}, {@code WordIndex::add}, {@code index.py:12(add)}
 * @param owner     the class (Java binary name, C++ class) or file it belongs to
 * @param name      its simple name, which calls refer to it by
 * @param signature its declaration line(s) without the body: {@code public Optional<Product> find(String sku)}
 * @param file      relative path with {@code /}
 * @param begin     first line (1-based), annotations and comments excluded
 * @param end       last line
 * @param calls     simple names of what it calls, in order of appearance, each once
 */
public record SourceMethod(String key, String owner, String name, String signature, String file, int begin, int end,
                           List<String> calls) {
    public SourceMethod {
        calls = List.copyOf(calls);
    }

    /** "Catalog.find (src/main/java/org/acme/Catalog.java:44-49)". */
    public String where() {
        return file + ":" + begin + "-" + end;
    }
}
