package dev.perfagent.agent.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The repository's functions, so that profile frames can be traced to source: which file holds a hot method, its
 * line range, its class's fields, and what it calls and is called by. One per language family.
 */
public interface SourceIndex {

    List<SourceMethod> methods();

    /** The method a profile frame names, or empty for frames outside the repository (the JDK, libc, the interpreter). */
    Optional<SourceMethod> forFrame(String frame);

    /** The declarations of the method's owner that a rewrite must know (a Java class's fields), one per line. */
    List<String> ownerContext(SourceMethod m);

    /** Methods that call {@code m} by name. */
    default List<SourceMethod> callers(SourceMethod m) {
        List<SourceMethod> out = new ArrayList<>();
        for (SourceMethod x : methods()) if (x != m && x.calls().contains(m.name())) out.add(x);
        return out;
    }

    /** Repository methods that {@code m} calls, by name (every overload). */
    default List<SourceMethod> callees(SourceMethod m) {
        List<SourceMethod> out = new ArrayList<>();
        for (String call : m.calls()) {
            for (SourceMethod x : methods()) if (x != m && x.name().equals(call)) out.add(x);
        }
        return out;
    }
}
