package dev.perfagent.sandbox.container;

import dev.perfagent.sandbox.SandboxUnavailableException;
import org.junit.jupiter.api.Assumptions;

/**
 * The container sandbox for tests tagged {@code docker}: skipped, with the reason, where Docker or the
 * image is missing; failed instead where CI asked for Docker ({@code PERFAGENT_REQUIRE_DOCKER=1}), so a
 * broken engine set-up cannot pass for green.
 */
public final class ContainerFixture {
    private ContainerFixture() {
    }

    public static ContainerSandbox sandboxOrSkip() {
        try {
            return ContainerSandbox.start(SandboxImage.DEFAULT);
        } catch (SandboxUnavailableException e) {
            if ("1".equals(System.getenv("PERFAGENT_REQUIRE_DOCKER"))) throw e;
            Assumptions.abort("container sandbox unavailable: " + e.getMessage());
            throw e;
        }
    }
}
