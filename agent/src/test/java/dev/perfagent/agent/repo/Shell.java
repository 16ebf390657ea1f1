package dev.perfagent.agent.repo;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A command line run with bash in a folder, as a candidate's test command runs: exit code and merged output. */
record Shell(int code, String out) {

    static Shell run(Path dir, String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
        return new Shell(p.exitValue(), out);
    }
}
