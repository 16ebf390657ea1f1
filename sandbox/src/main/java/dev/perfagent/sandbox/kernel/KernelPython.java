package dev.perfagent.sandbox.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Python that runs kernel harnesses: the one with PyTorch, which is seldom /usr/bin/python3 (a venv, conda, a
 * pip install under /usr/local). {@code PERFAGENT_PYTHON} names it; otherwise the first {@code python3} on the PATH.
 * Its prefix and module folders are bound read-only into the sandbox so {@code import torch} works there.
 */
public final class KernelPython {
    public static final String VARIABLE = "PERFAGENT_PYTHON";

    private final Path executable;
    private List<Path> binds;

    private KernelPython(Path executable) {
        this.executable = executable;
    }

    public static KernelPython locate(Map<String, String> env) {
        String named = env.get(VARIABLE);
        if (named != null && !named.isBlank()) return new KernelPython(Path.of(named));
        for (String dir : env.getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "python3");
            if (Files.isExecutable(p)) return new KernelPython(p.toAbsolutePath());
        }
        return new KernelPython(Path.of("/usr/bin/python3"));
    }

    public String executable() {
        return executable.toString();
    }

    /** The interpreter's prefixes and sys.path folders (asked once); the sandbox skips those it already shows. */
    public synchronized List<Path> readOnlyBinds() {
        if (binds != null) return binds;
        List<Path> out = new ArrayList<>();
        out.add(realParent(executable));
        try {
            Process p = new ProcessBuilder(executable.toString(), "-c",
                    "import sys, json; print(json.dumps([sys.prefix, sys.base_prefix] + [x for x in sys.path if x]))")
                    .redirectErrorStream(false).start();
            String text = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() == 0) {
                for (var n : new ObjectMapper().readTree(text)) {
                    Path d = Path.of(n.asText());
                    if (d.isAbsolute() && Files.isDirectory(d) && !d.toString().equals("/")) out.add(d);
                }
            }
        } catch (Exception e) {
            // the harness reports "no_torch" itself when the interpreter cannot import it
        }
        binds = List.copyOf(out.stream().distinct().toList());
        return binds;
    }

    private static Path realParent(Path exe) {
        try {
            return exe.toRealPath().getParent();
        } catch (Exception e) {
            return exe.toAbsolutePath().getParent();
        }
    }
}
