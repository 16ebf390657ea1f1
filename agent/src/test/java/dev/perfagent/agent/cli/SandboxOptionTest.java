package dev.perfagent.agent.cli;

import dev.perfagent.sandbox.container.DockerEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --sandbox}: a container sandbox without a running Docker engine is one line saying how to start it. */
class SandboxOptionTest {
    static final Path TASK = Path.of("..", "datasets", "suites", "examples", "py-unique-visitors").toAbsolutePath().normalize();

    @AfterEach
    void restore() {
        System.clearProperty(DockerEngine.HOST_PROPERTY);
    }

    @Test
    void containerWithoutDockerSaysHowToStartIt() {
        System.setProperty(DockerEngine.HOST_PROPERTY, "unix:///nonexistent/perfagent-test/docker.sock");
        CliRun r = CliRun.of("eval", "--task", TASK.toString(), "--candidate", "original", "--sandbox", "container");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("Docker engine is not running").contains("dockerd").contains("systemctl start docker");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void calibrateTakesTheSandboxOptionToo() {
        System.setProperty(DockerEngine.HOST_PROPERTY, "unix:///nonexistent/perfagent-test/docker.sock");
        CliRun r = CliRun.of("calibrate", "--aa-task", TASK.toString(), "--pair-task", TASK.toString(), "--aa", "1", "--power", "0", "--beside-hyperfine", "0",
                "--no-busy", "--sandbox", "container");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("Docker engine is not running");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void anUnknownSandboxListsTheValidOnes() {
        CliRun r = CliRun.of("eval", "--task", TASK.toString(), "--candidate", "original", "--sandbox", "vm");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("vm").contains("local").contains("container");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void buildImageIsASubcommandWithHelp() {
        CliRun r = CliRun.of("sandbox", "build-image", "--help");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("--tag").contains("perfagent-sandbox");
    }
}
