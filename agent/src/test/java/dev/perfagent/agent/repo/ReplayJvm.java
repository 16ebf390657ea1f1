package dev.perfagent.agent.repo;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Java replay's agent tests share: one class compiled with the JDK's compiler into {@code classes/} of a
 * folder (the last version replaced), the recording JVM and the replayer run there.
 */
final class ReplayJvm {
    private ReplayJvm() {
    }

    /** A JVM's exit code and its output (stdout and stderr together). */
    record Result(int code, String out) {
    }

    /** Compiles {@code source} as {@code src/RELATIVE} into a fresh {@code classes/} of {@code dir}. */
    static void compile(Path dir, String relative, String source) throws IOException {
        Path src = dir.resolve("src").resolve(relative);
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = dir.resolve("classes");
        if (Files.isDirectory(classes)) {
            try (var s = Files.walk(classes)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), src.toString());
        assertThat(rc).as("javac").isZero();
    }

    /**
     * Runs {@code mainClass} from {@code classes/} once with the agent jar perfagent assembles, recording the calls of
     * {@code targets} ({@code binary.Name#method,…}) sealed under {@code key}, with the default bounds.
     */
    static Result record(Path dir, String key, String targets, String mainClass) throws Exception {
        Path replay = dir.resolve(PythonReplay.DIR);
        Files.createDirectories(replay);
        JavaReplayAgentJar.write(replay.resolve(JavaReplay.JAR));
        Files.writeString(replay.resolve("record.properties"), "key=" + key + "\nout=calls.bin\ntargets=" + targets + "\n"
                + "max-calls=100\nmax-call-bytes=262144\nmax-bytes=8388608\n");
        String agent = "-javaagent:" + replay.resolve(JavaReplay.JAR) + "=" + replay.resolve("record.properties");
        return java(dir, List.of("java", agent, "-cp", "classes", mainClass));
    }

    /** The replayer over the recording in {@code dir}, as a candidate's test command runs it. */
    static Result replay(Path dir, String key) throws Exception {
        return java(dir, List.of("java", "-cp", PythonReplay.DIR + "/" + JavaReplay.JAR, "dev.perfagent.agent.repo.jvmreplay.ReplayCheck", key));
    }

    static Result java(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
