package dev.perfagent.evaluators;

import dev.perfagent.sandbox.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Every hostile candidate of the adversarial suite gets its expected verdict in the local (bubblewrap) sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdversarialLocalTest {
    private LocalSandbox sandbox;
    private Path canary;

    @BeforeAll
    void start() throws Exception {
        sandbox = LocalSandbox.detect();
        canary = AdversarialSuite.canary();
    }

    @AfterAll
    void stop() throws Exception {
        sandbox.close();
        if (canary != null) AdversarialSuite.delete(canary);
    }

    @TestFactory
    Stream<DynamicTest> everyAttackGetsItsVerdict() throws Exception {
        return AdversarialSuite.run(sandbox, canary);
    }
}
