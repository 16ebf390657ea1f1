package dev.perfagent.evaluators;

import dev.perfagent.sandbox.container.ContainerSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Every hostile candidate of the adversarial suite gets its expected verdict in the Docker container sandbox (skipped, saying why, without Docker or its image). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("docker")
class AdversarialContainerTest {
    private ContainerSandbox sandbox;
    private Path canary;

    @BeforeAll
    void start() throws Exception {
        sandbox = ContainerFixture.sandboxOrSkip();
        canary = AdversarialSuite.canary();
    }

    @AfterAll
    void stop() throws Exception {
        if (sandbox != null) sandbox.close();
        if (canary != null) AdversarialSuite.delete(canary);
    }

    @TestFactory
    Stream<DynamicTest> everyAttackGetsItsVerdict() throws Exception {
        return AdversarialSuite.run(sandbox, canary);
    }
}
