package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Task;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java built with Maven ({@code build.tool: maven}): offline, against the user's local repository
 * bound read-only (no network inside, and nothing a build does can change the user's ~/.m2).
 */
public final class MavenToolchain extends JavaToolchain {
    private static final Path M2 = Path.of(System.getProperty("user.home"), ".m2");

    @Override
    public Optional<ExecSpec> build(Task task, Limits limits) {
        if (task.build().command().isPresent()) return Optional.of(maven(task, ExecSpec.shell(task.build().command().get(), limits)).writable());
        List<String> cmd = new ArrayList<>(List.of("mvn", "-q", "-o", "-B", "-Dstyle.color=never", "package", "-DskipTests",
                "-Dmaven.repo.local=" + M2.resolve("repository")));
        cmd.addAll(task.build().flags());
        return Optional.of(maven(task, ExecSpec.of(cmd, limits)).writable());
    }

    @Override
    public ExecSpec run(Task task, Limits limits) {
        return runClasses(task, limits, "target/classes");
    }

    /** A test command such as {@code mvn -q -o test} finds the user's local repository although HOME is /tmp inside. */
    @Override
    public ExecSpec command(Task task, String script, Limits limits) {
        return maven(task, ExecSpec.shell(script, limits));
    }

    @Override
    public List<Path> readOnlyBinds(Task task) {
        List<Path> binds = new ArrayList<>(super.readOnlyBinds(task));
        if (Files.isDirectory(M2)) binds.add(M2);
        return binds;
    }

    @Override
    public List<String> requiredExecutables(Task task) {
        List<String> exes = new ArrayList<>(super.requiredExecutables(task));
        if (task.build().command().isEmpty()) exes.add("mvn");
        return exes;
    }

    /**
     * Maven's JVM gets a heap that fits the build's memory rlimit (its default is a quarter of the machine). Every
     * other JVM the command starts (the benchmark, Surefire's forks) sizes itself as if the machine had the limit's
     * memory: JVM ergonomics read the host's RAM, and a heap sized from 24 GB dies committing memory under a 2 GB
     * limit (errno=12) instead of throwing OutOfMemoryError. A -Xmx on the command line still wins. Maven's own JVM
     * compiles with C1 only ({@link #MAVEN_JIT}).
     */
    private ExecSpec maven(Task task, ExecSpec spec) {
        return prepared(task, spec).withEnv(Map.of("MAVEN_OPTS", "-Xmx1g -XX:+UseSerialGC " + MAVEN_JIT + " -Dmaven.repo.local=" + M2.resolve("repository"),
                "JAVA_TOOL_OPTIONS", jvmSizedTo(spec.limits().memoryBytes())));
    }

    /**
     * A Maven run is short and mostly start-up (plugin loading, model building, javac in-process): without C2 it took
     * about half the time on Commons CLI under load (test-compile 21 s instead of 41 s at load 10, docs/benchmarks.md).
     * Only Maven's JVM; the test forks and the benchmark keep the default compilers.
     */
    static final String MAVEN_JIT = "-XX:TieredStopAtLevel=1";

    /** Half the limit for the heap, the rest for metaspace, code cache, thread stacks and the collector's own tables. */
    static String jvmSizedTo(long memoryBytes) {
        return "-XX:MaxRAM=" + memoryBytes + " -XX:MaxRAMPercentage=50";
    }
}
