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
        assertThat(steps).contains("actions/setup-java@v4").contains("github.event.pull_request.base.sha")
                .contains("github.event.pull_request.head.sha");
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
