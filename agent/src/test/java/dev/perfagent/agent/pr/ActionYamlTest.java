package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * action.yml is valid YAML, every input is documented (description and default) and used by a step; the example
 * workflow in docs/github-action.md and the project's own workflow pass only inputs that exist.
 */
class ActionYamlTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = root();

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("action.yml"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("action.yml not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    private static JsonNode action() throws IOException {
        return YAML.readTree(ROOT.resolve("action.yml").toFile());
    }

    @Test
    void everyInputIsDocumentedAndUsed() throws IOException {
        JsonNode action = action();
        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
        String steps = action.path("runs").path("steps").toString();
        List<String> names = new ArrayList<>();
        action.path("inputs").fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("bench", "jmh", "threshold", "fail-on-regression", "suggest", "model", "comment");
        for (String name : names) {
            JsonNode input = action.path("inputs").path(name);
            assertThat(input.path("description").asText()).as(name + " description").isNotBlank();
            assertThat(input.has("default")).as(name + " default").isTrue();
            assertThat(steps).as(name + " is used by a step").contains("inputs." + name + " }}");
        }
        assertThat(steps).contains("github.event.pull_request.base.sha").contains("github.event.pull_request.head.sha")
                // push and workflow_dispatch: the commit before, or the base input
                .contains("github.event.before").contains("inputs.base }}");
        List<String> outputs = new ArrayList<>();
        action.path("outputs").fieldNames().forEachRemaining(outputs::add);
        assertThat(outputs).containsExactlyInAnyOrder("verdict", "regressed", "comment-url", "summary");
    }

    @Test
    void theActionLeavesTheJobAsItWasAndAsksBeforeAnythingPrivileged() throws IOException {
        JsonNode action = action();
        String steps = action.path("runs").path("steps").toString();
        StringBuilder scripts = new StringBuilder();
        action.path("runs").path("steps").forEach(step -> scripts.append(step.path("run").asText()).append('\n'));
        // the job's Java: no setup-java, nothing written to GITHUB_ENV or GITHUB_PATH for later steps
        assertThat(steps).doesNotContain("setup-java").doesNotContain("GITHUB_ENV").doesNotContain("GITHUB_PATH");
        // perfagent comes released and cached, never built on the user's runner
        assertThat(steps).doesNotContain("mvn ").contains("actions/cache@").contains("releases/download/v$VERSION/perfagent.jar");
        // working files under RUNNER_TEMP, not in the user's checkout
        assertThat(scripts.toString()).contains("work=\"$RUNNER_TEMP/perfagent\"").contains("--out \"$WORK/pr\"").doesNotContain(".perfagent/");
        // sudo only inside the branch that privileged-setup: 'true' opens
        for (JsonNode step : action.path("runs").path("steps")) {
            String run = step.path("run").asText();
            int asked = run.indexOf("if [ \"$PRIVILEGED\" = \"true\" ]; then");
            int end = run.indexOf("elif", Math.max(asked, 0));
            for (int at = run.indexOf("sudo"); at >= 0; at = run.indexOf("sudo", at + 1)) {
                assertThat(asked).as("sudo in a step without the privileged-setup check").isNotNegative();
                assertThat(at).as("sudo outside the privileged-setup branch").isBetween(asked, end);
            }
        }
        assertThat(action.path("inputs").path("privileged-setup").path("default").asText()).isEqualTo("false");
    }

    @Test
    void everyThirdPartyActionIsPinnedByCommit() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("action.yml")));
        try (var workflows = Files.list(ROOT.resolve(".github/workflows"))) {
            workflows.forEach(files::add);
        }
        Pattern uses = Pattern.compile("uses:\\s*([^\\s#]+)");
        for (Path f : files) {
            Matcher m = uses.matcher(Files.readString(f));
            while (m.find()) {
                String ref = m.group(1);
                if (ref.startsWith("./")) continue;
                assertThat(ref).as(f.getFileName() + ": " + ref).matches("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");
            }
        }
    }

    @Test
    void theDocumentedWorkflowPassesOnlyInputsTheActionHas() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/github-action.md"));
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("a yaml block in docs/github-action.md").isTrue();
        JsonNode workflow = YAML.readTree(m.group(1));
        assertThat(workflow.path("permissions").path("pull-requests").asText()).isEqualTo("write");
        assertPassesKnownInputs(workflow, "perfagent/perfagent@");
        // every input is in the doc's table too
        action().path("inputs").fieldNames().forEachRemaining(name -> assertThat(doc).contains("| `" + name + "` |"));
    }

    @Test
    void theProjectsOwnWorkflowUsesTheActionWithKnownInputs() throws IOException {
        JsonNode workflow = YAML.readTree(ROOT.resolve(".github/workflows/perfagent.yml").toFile());
        assertThat(workflow.path("on").has("pull_request")).isTrue();
        assertThat(workflow.path("on").has("push")).isTrue();
        assertThat(workflow.path("on").has("workflow_dispatch")).isTrue();
        assertPassesKnownInputs(workflow, "./");
    }

    private static void assertPassesKnownInputs(JsonNode workflow, String uses) throws IOException {
        JsonNode inputs = action().path("inputs");
        int found = 0;
        for (JsonNode job : workflow.path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                if (!step.path("uses").asText().startsWith(uses)) continue;
                found++;
                assertThat(step.path("env").path("GITHUB_TOKEN").asText()).isEqualTo("${{ secrets.GITHUB_TOKEN }}");
                step.path("with").fieldNames().forEachRemaining(name -> assertThat(inputs.has(name)).as("input " + name).isTrue());
                assertThat(step.path("with").has("bench") || step.path("with").has("jmh")).isTrue();
            }
        }
        assertThat(found).as("steps using " + uses).isEqualTo(1);
    }
}
