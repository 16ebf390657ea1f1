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
 * C and C++: one compiler call over all the sources into {@code ./prog}. The default commands are
 * argv lists, not shell text, so a file name can hold any character; only a task's own
 * {@code build.command} / {@code run.command} go through {@code sh -c}.
 */
public class NativeToolchain implements Toolchain {
    static final String PROGRAM = "prog";

    private final String compiler;
    private final List<String> extensions;
    private final List<String> defaultFlags;
    private final List<String> libraries;

    NativeToolchain(String compiler, List<String> extensions, List<String> defaultFlags, List<String> libraries) {
        this.compiler = compiler;
        this.extensions = List.copyOf(extensions);
        this.defaultFlags = List.copyOf(defaultFlags);
        this.libraries = List.copyOf(libraries);
    }

    @Override
    public Optional<ExecSpec> build(Task task, Limits limits) {
        if (task.build().command().isPresent()) return Optional.of(ExecSpec.shell(task.build().command().get(), limits).writable());
        List<String> cmd = new ArrayList<>();
        cmd.add(compiler);
        cmd.addAll(task.build().flags().isEmpty() ? defaultFlags : task.build().flags());
        cmd.addAll(List.of("-o", PROGRAM));
        cmd.addAll(SourceFiles.withExtensions(task, extensions));
        cmd.addAll(libraries);
        return Optional.of(ExecSpec.of(cmd, limits).writable());
    }

    @Override
    public ExecSpec run(Task task, Limits limits) {
        if (task.run().command().isPresent()) return ExecSpec.shell(task.run().command().get(), limits);
        List<String> cmd = new ArrayList<>();
        cmd.add("./" + PROGRAM);
        cmd.addAll(task.run().args());
        return ExecSpec.of(cmd, limits);
    }

    @Override
    public List<String> requiredExecutables(Task task) {
        return task.build().command().isPresent() ? List.of() : List.of(compiler);
    }
}
