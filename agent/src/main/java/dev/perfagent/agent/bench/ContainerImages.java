package dev.perfagent.agent.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether a container image is in the local engine, and pulling one from its registry, through the docker client. */
public interface ContainerImages {
    boolean present(String image);

    /** @return empty when pulled, else the client's last line saying why not */
    Optional<String> pull(String image);

    /** The {@code docker} command line's. */
    ContainerImages DOCKER = new ContainerImages() {
        @Override
        public boolean present(String image) {
            return run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", image), 60).isEmpty();
        }

        @Override
        public Optional<String> pull(String image) {
            return run(List.of("docker", "pull", "--quiet", image), 3600);
        }

        private Optional<String> run(List<String> command, long seconds) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return Optional.of(String.join(" ", command) + " did not finish in " + seconds + " s");
                }
                if (p.exitValue() == 0) return Optional.empty();
                List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
                return Optional.of(lines.isEmpty() ? "exit " + p.exitValue() : lines.get(lines.size() - 1));
            } catch (IOException e) {
                return Optional.of("the docker client cannot be run: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted");
            }
        }
    };
}
