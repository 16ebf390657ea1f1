package dev.perfagent.sandbox;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.sandbox.toolchain.CToolchain;
import dev.perfagent.sandbox.toolchain.CppToolchain;
import dev.perfagent.sandbox.toolchain.Executables;
import dev.perfagent.sandbox.toolchain.JavaToolchain;
import dev.perfagent.sandbox.toolchain.MavenToolchain;
import dev.perfagent.sandbox.toolchain.PythonToolchain;

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
        };
    }

    /** The language's toolchain, or Maven for a Java task with {@code build.tool: maven}. */
    public static Toolchain forTask(Task task) {
        if (task.language() == Language.JAVA && "maven".equals(task.build().tool())) return new MavenToolchain();
        return forLanguage(task.language());
    }

    /** One line such as "g++ not found: install it (apt-get install g++)", or empty when everything is there. */
    public static Optional<String> missing(Task task) {
        return Executables.firstMissing(forTask(task).requiredExecutables(task));
    }
}
