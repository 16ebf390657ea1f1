package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.toolchain.Jdk;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs shell commands over a checkout in the sandbox: the build (workspace writable) and each benchmark run.
 * The JDK perfagent runs on and the local Maven repository are visible read-only, and the JDK comes first on the
 * PATH, so {@code java}, {@code mvn} and the JMH jar find the same Java as on the host (on a CI runner
 * actions/setup-java's JDK lives outside the sandbox's default PATH).
 */
final class CheckoutRunner {
    static final Path M2 = Path.of(System.getProperty("user.home"), ".m2");

    private final Sandbox sandbox;
    private final Limits buildLimits;
    private final Limits runLimits;

    CheckoutRunner(Sandbox sandbox, Duration runTimeout) {
        this.sandbox = sandbox;
        this.buildLimits = Limits.forBuild().withWallTime(Duration.ofMinutes(20));
        this.runLimits = Limits.forBuild().withWallTime(runTimeout);
    }

    ExecResult build(Workspace checkout, BuildPlan plan) {
        String command = plan.command().orElseThrow();
        if (plan.maven() && command.startsWith("mvn ")) {
            // the local repository is read-only inside: Maven reads it where it is and never writes there
            command = command + " -Dmaven.repo.local=" + M2.resolve("repository");
        }
        return sandbox.exec(checkout, spec(command, buildLimits).writable());
    }

    /** One run of a benchmark command; {@code writable} for JMH, which writes its result file into the checkout. */
    ExecResult run(Workspace checkout, String command, boolean writable) {
        ExecSpec spec = spec(command, runLimits);
        return sandbox.exec(checkout, writable ? spec.writable() : spec);
    }

    String sandboxName() {
        return sandbox.isolation();
    }

    private static ExecSpec spec(String command, Limits limits) {
        List<Path> binds = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        Jdk.home().ifPresent(home -> {
            binds.add(home);
            env.put("JAVA_HOME", home.toString());
            path.add(home.resolve("bin").toString());
        });
        if (Files.isDirectory(M2)) binds.add(M2);
        path.addAll(Executables.SANDBOX_PATH);
        env.put("PATH", String.join(":", path));
        env.put("MAVEN_OPTS", "-Xmx1g -XX:+UseSerialGC");
        return ExecSpec.shell(command, limits).withEnv(env).withReadOnlyBinds(binds);
    }
}
