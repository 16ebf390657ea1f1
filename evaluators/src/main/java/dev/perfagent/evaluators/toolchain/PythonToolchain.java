package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Python: "building" byte-compiles every source so that a SyntaxError is a build failure with the
 * compiler's message, not a crash at run time. The interpreter is /usr/bin/python3 by its full path:
 * a {@code python3} found on the user's PATH is often a pyenv shim under the home folder, which the
 * sandbox hides.
 */
public final class PythonToolchain implements Toolchain {
    static final String PYTHON = "/usr/bin/python3";
    static final String DEFAULT_MAIN = "main.py";

    @Override
    public Optional<ExecSpec> build(Task task, Limits limits) {
        if (task.build().command().isPresent()) return Optional.of(ExecSpec.shell(task.build().command().get(), limits).writable());
        List<String> sources = SourceFiles.withExtensions(task, List.of(".py"));
        if (sources.isEmpty()) return Optional.empty();
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-m", "py_compile"));
        cmd.addAll(sources);
        return Optional.of(ExecSpec.of(cmd, limits).writable());
    }

    @Override
    public ExecSpec run(Task task, Limits limits) {
        if (task.run().command().isPresent()) return ExecSpec.shell(task.run().command().get(), limits);
        // -B: the workspace is read-only during runs; the build's byte code is still used
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-B", task.run().mainClass().orElse(DEFAULT_MAIN)));
        cmd.addAll(task.run().args());
        return ExecSpec.of(cmd, limits);
    }

    @Override
    public List<String> requiredExecutables(Task task) {
        return List.of(PYTHON);
    }
}
