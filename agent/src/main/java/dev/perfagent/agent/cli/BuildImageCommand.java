package dev.perfagent.agent.cli;

import dev.perfagent.sandbox.container.SandboxImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code perfagent sandbox build-image}: builds the container sandbox's image from Debian packages
 * (debootstrap + docker import, no registry), or reuses it when the tag exists. The work is the bundled
 * {@code build-image.sh}, which CI runs directly too; its exit code 2 means something to install or start.
 */
@Command(name = "build-image", mixinStandardHelpOptions = true,
        description = "Build the container sandbox's image locally (Debian bookworm + gcc, g++, make, python3, JDK 17, Maven,"
                + " valgrind, GNU time), or reuse it when the tag exists. Needs root, docker and debootstrap.")
public final class BuildImageCommand implements Callable<Integer> {
    @Option(names = "--tag", paramLabel = "NAME:TAG", defaultValue = SandboxImage.DEFAULT, description = "image tag (default: ${DEFAULT-VALUE})")
    String tag;

    @Option(names = "--rebuild", description = "build even when the tag exists")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        Path script = SandboxImage.buildScript();
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), tag).inheritIO();
            if (rebuild) pb.environment().put("PERFAGENT_REBUILD", "1");
            int rc = pb.start().waitFor();
            return switch (rc) {
                case 0 -> ExitCode.OK;
                case 2 -> ExitCode.BAD_INPUT;
                default -> ExitCode.NOT_MET;
            };
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
