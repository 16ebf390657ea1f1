package dev.perfagent.agent.cli;

import dev.perfagent.datasets.Task;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.SandboxUnavailableException;
import dev.perfagent.sandbox.Sandboxes;
import dev.perfagent.sandbox.container.SandboxImage;
import picocli.CommandLine.Option;

/** Where candidates run: shared by every command that runs code. */
public final class SandboxOptions {
    @Option(names = "--sandbox", paramLabel = "KIND", defaultValue = "local", converter = SandboxKind.class,
            description = "local (bubblewrap) or container (Docker; build the image with 'perfagent sandbox build-image') (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--image", paramLabel = "NAME",
            description = "container image for --sandbox container (default: the task's sandbox.image, else " + SandboxImage.DEFAULT + ")")
    String image;

    /** The sandbox for this task; one that cannot run here is a {@link UserError} saying what to do. */
    Sandbox open(Task task) {
        return open(image != null ? image : task.sandboxImage().orElse(SandboxImage.DEFAULT));
    }

    /** The sandbox for work that is not one task (a pull request's checkouts, a suite): --image or the default image. */
    Sandbox open() {
        return open(image != null ? image : SandboxImage.DEFAULT);
    }

    private Sandbox open(String chosen) {
        try {
            return Sandboxes.open(kind, chosen);
        } catch (SandboxUnavailableException e) {
            throw new UserError(e.getMessage());
        }
    }
}
