package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Java built with javac into {@code classes/} and run with {@code java -cp classes Main}. */
public class JavaToolchain implements Toolchain {
    static final String DEFAULT_MAIN = "Main";

    @Override
    public Optional<ExecSpec> build(Task task, Limits limits) {
        if (task.build().command().isPresent()) return Optional.of(prepared(task, ExecSpec.shell(task.build().command().get(), limits)).writable());
        List<String> cmd = new ArrayList<>();
        cmd.add(Jdk.javac().map(Path::toString).orElse("javac"));
        // javac's own JVM must fit under the build's memory rlimit
        cmd.addAll(List.of("-J-Xmx512m", "-J-XX:+UseSerialGC", "-encoding", "UTF-8", "-d", "classes"));
        cmd.addAll(task.build().flags());
        cmd.addAll(SourceFiles.withExtensions(task, List.of(".java")));
        return Optional.of(prepared(task, ExecSpec.of(cmd, limits)).writable());
    }

    @Override
    public ExecSpec run(Task task, Limits limits) {
        return runClasses(task, limits, "classes");
    }

    /** {@code java} with the heap sized to the task's memory limit, on the given class path. */
    ExecSpec runClasses(Task task, Limits limits, String classPath) {
        if (task.run().command().isPresent()) return prepared(task, ExecSpec.shell(task.run().command().get(), limits));
        List<String> cmd = new ArrayList<>();
        cmd.add(Jdk.java().map(Path::toString).orElse("java"));
        cmd.addAll(jvmOptions(limits.memoryBytes()));
        cmd.addAll(List.of("-cp", classPath, task.run().mainClass().orElse(DEFAULT_MAIN)));
        cmd.addAll(task.run().args());
        return prepared(task, ExecSpec.of(cmd, limits));
    }

    /**
     * The sandbox limits committed private memory (RLIMIT_DATA) to the task's memory; the heap gets
     * what is left after the JVM's own needs (metaspace, code cache, thread stacks: about 100 MB with
     * the serial collector), so a program that needs too much heap ends with OutOfMemoryError rather
     * than a JVM that cannot start its threads. The serial collector also keeps GC threads from
     * competing with the program on a small machine, which makes timings steadier. The 8 MB stack
     * (8x the default) lets ordinary deep recursion through.
     */
    static List<String> jvmOptions(long memoryBytes) {
        long reserve = Math.max(128 * Limits.MIB, memoryBytes / 4);
        long heapMib = Math.max(32, (memoryBytes - reserve) / Limits.MIB);
        return List.of("-Xmx" + heapMib + "m", "-Xss8m", "-XX:+UseSerialGC", "-XX:-UsePerfData");
    }

    @Override
    public ExecSpec command(Task task, String script, Limits limits) {
        return prepared(task, ExecSpec.shell(script, limits));
    }

    @Override
    public List<Path> readOnlyBinds(Task task) {
        return Jdk.home().map(List::of).orElse(List.of());
    }

    @Override
    public List<String> requiredExecutables(Task task) {
        if (Jdk.home().isEmpty()) return List.of("javac");
        return List.of(Jdk.javac().get().toString(), Jdk.java().get().toString());
    }

    /**
     * Java commands find the same JDK whatever PATH they use, and see it even when the caller forgets
     * {@link #readOnlyBinds}.
     */
    ExecSpec prepared(Task task, ExecSpec spec) {
        ExecSpec s = spec.withReadOnlyBinds(readOnlyBinds(task));
        return Jdk.home().map(h -> s.withEnv(Map.of("JAVA_HOME", h.toString()))).orElse(s);
    }
}
