package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** A task under a folder the sandbox shows (/opt): its reference outputs stay out of reach all the same. */
    @Test
    void aTaskUnderOptKeepsItsReferenceOutputsHidden() throws Exception {
        Path opt = Path.of("/opt");
        Assumptions.assumeTrue(Files.isDirectory(opt) && Files.isWritable(opt), "needs a writable /opt (root) to place a task there");
        Path dir = Files.createTempDirectory(opt, "perfagent-adv-");
        try {
            Path copy = dir.resolve("cpp-checksum");
            AdversarialSuite.copyTree(AdversarialSuite.SUITE.resolve("cpp-checksum"), copy);
            Task task = TaskYaml.load(copy);
            Evaluator evaluator = new Evaluator(sandbox, AdversarialSuite.options());
            for (String attack : List.of("finds-reference-anywhere", "readlinks-stdin")) {
                Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(copy.resolve("candidates").resolve(attack)));
                assertThat(e.verdict()).as(attack + " with the task under " + dir + ": " + e.reason()).isEqualTo(Verdict.CRASHED);
                assertThat(e.reason()).contains("attack blocked");
            }
            evaluator.close();
        } finally {
            AdversarialSuite.delete(dir);
        }
    }
}
