package dev.perfagent.agent.rules;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on the bundled examples: which fire on each task's editable files, and that what they propose still
 * compiles (javac, g++ -fsyntax-only, py_compile). Whether it is faster is the evaluator's job (see the report).
 */
class ExampleTasksTest {

    private static final Path EXAMPLES = Path.of("../datasets/suites/examples");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cpp-range-sums     | cpp-iostream-sync cpp-endl",
            "cpp-rank-queries   | cpp-const-ref",
            "cpp-word-freq      | cpp-iostream-sync",
            "java-log-regex     | java-regex-hoist java-regex-cache",
            "java-max-drawdown  | java-regex-hoist java-arraylist java-primitive-accumulator",
            "java-report-concat | java-string-builder java-regex-hoist",
            "py-moving-average  | py-sum-builtin",
            "py-unique-visitors | py-membership-set",
    })
    void rulesFireOnTheExamplesAndTheirOutputCompiles(String taskId, String expectedRules, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Task task = TaskYaml.load(EXAMPLES.resolve(taskId).resolve("task.yaml"));
        Map<String, String> files = new TreeMap<>();
        for (String f : task.editable()) files.put(f, Files.readString(task.sourceRoot().resolve(f)));

        List<Proposal> proposals = new RulesProposer().proposals(files);

        List<String> expected = Arrays.asList(expectedRules.trim().split("\\s+"));
        List<String> singles = proposals.stream().map(Proposal::summary).filter(s -> !s.startsWith("combined:"))
                .map(s -> s.substring(0, s.indexOf(':'))).toList();
        assertThat(singles).containsExactlyElementsOf(expected);
        assertThat(proposals).hasSize(expected.size() >= 2 ? expected.size() + 1 : expected.size());

        int n = 0;
        for (Proposal p : proposals) {
            Path dir = tmp.resolve("p" + n++);
            Files.createDirectories(dir);
            for (String f : task.sources()) {
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                Files.writeString(target, p.files().getOrDefault(f, Files.readString(task.sourceRoot().resolve(f))));
            }
            for (String f : p.files().keySet()) compiles(dir, f, p.summary());
            List<String> applied = ruleIds(p);
            assertThat(new RulesProposer().proposals(merge(files, p.files())))
                    .as("after %s the same rules must not fire again", p.summary())
                    .flatExtracting(ExampleTasksTest::ruleIds).doesNotContainAnyElementsOf(applied);
        }
    }

    private static List<String> ruleIds(Proposal p) {
        String s = p.summary();
        return s.startsWith("combined: ") ? List.of(s.substring("combined: ".length()).split(" \\+ "))
                : List.of(s.substring(0, s.indexOf(':')));
    }

    private static Map<String, String> merge(Map<String, String> base, Map<String, String> changed) {
        Map<String, String> m = new TreeMap<>(base);
        m.putAll(changed);
        return m;
    }

    private static void compiles(Path dir, String file, String what) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (file.endsWith(".java")) {
            cmd.addAll(List.of("javac", "-d", dir.resolve("classes").toString(), file));
        } else if (file.endsWith(".cpp")) {
            cmd.addAll(List.of("g++", "-std=c++17", "-fsyntax-only", file));
        } else if (file.endsWith(".py")) {
            cmd.addAll(List.of("python3", "-m", "py_compile", file));
        } else {
            return;
        }
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(cmd.get(0) + " is not installed: cannot compile-check " + file);
            return;
        }
        String out = new String(proc.getInputStream().readAllBytes());
        assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(proc.exitValue()).as("%s of %s (%s):%n%s", cmd.get(0), file, what, out).isZero();
    }
}
