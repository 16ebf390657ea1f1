package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.CToolchain;
import dev.perfagent.evaluators.toolchain.CppToolchain;
import dev.perfagent.evaluators.toolchain.CudaToolchain;
import dev.perfagent.evaluators.toolchain.JavaToolchain;
import dev.perfagent.evaluators.toolchain.MavenToolchain;
import dev.perfagent.evaluators.toolchain.PythonToolchain;
import dev.perfagent.sandbox.Executables;

import java.util.Optional;

/** Which {@link Toolchain} builds and runs a task, and whether this machine has what it needs. */
public final class Toolchains {
    private Toolchains() {
    }

    public static Toolchain forLanguage(Language language) {
        return switch (language) {
            case C -> new CToolchain();
            case CPP -> new CppToolchain();
            case JAVA -> new JavaToolchain();
            case PYTHON -> new PythonToolchain();
            case CUDA -> new CudaToolchain();
        };
    }

    /** The language's toolchain, or Maven for a Java task with {@code build.tool: maven}. */
    public static Toolchain forTask(Task task) {
        if (task.language() == Language.JAVA && "maven".equals(task.build().tool())) return new MavenToolchain();
        return forLanguage(task.language());
    }

    /** One line such as "g++ not found: install it (apt-get install g++)", or empty when everything is there. */
    public static Optional<String> missing(Task task) {
        java.util.List<String> needed = new java.util.ArrayList<>(forTask(task).requiredExecutables(task));
        task.build().command().flatMap(Toolchains::leadingExecutable).ifPresent(needed::add);
        task.run().command().flatMap(Toolchains::leadingExecutable).ifPresent(needed::add);
        return Executables.firstMissing(needed);
    }

    /**
     * The program a task's own build or run command starts with, when it names one plainly (a compiler
     * such as {@code clang++}); commands that start with shell syntax or a workspace path are not checked.
     */
    static Optional<String> leadingExecutable(String command) {
        String first = command.strip().split("\\s+", 2)[0];
        if (first.matches("[A-Za-z][A-Za-z0-9_.+-]*") && !SHELL_WORDS.contains(first)) return Optional.of(first);
        if (first.matches("/(usr/|bin/|opt/)[A-Za-z0-9_./+-]+")) return Optional.of(first);
        return Optional.empty();
    }

    private static final java.util.Set<String> SHELL_WORDS = java.util.Set.of(
            "cd", "if", "for", "while", "set", "export", "exec", "test", "true", "false", "echo", "case", "time");
}
