package dev.perfagent.prompts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptsTest {

    private static final String MAIN = "public class Main {\n    public static void main(String[] a) {}\n}\n";

    private static PromptInputs inputs(String feedback, List<HotFrame> frames, List<AttemptSummary> attempts) {
        return PromptInputs.defaults().withTask("Summarise an access log; the pattern is compiled per line.").withLanguage("java")
                .withFiles(Map.of("src/Main.java", MAIN)).withFeedback(feedback).withHotFrames(frames).withAttempts(attempts)
                .withBudget(new BudgetLeft(3, 5, 12_000, 50_000, 0.12, 1.0));
    }

    @Test
    void theOptimizePromptShowsTaskFilesFormatFeedbackProfileAttemptsAndBudget() {
        Prompt p = inputs(Feedback.of(CandidateResult.buildFailed("Main.java:3: error: ';' expected")),
                List.of(new HotFrame("java.util.regex.Pattern.compile", 41.5, 63.0)),
                List.of(new AttemptSummary(1, 2, "hoisted regex", "NEUTRAL", Optional.of(new Speedup(1.01, 0.97, 1.05)))))
                .render(Prompts.OPTIMIZE);
        assertThat(p.id()).isEqualTo("optimize");
        assertThat(p.version()).isEqualTo("v1");
        assertThat(p.system()).contains("Edit only the files").contains("output identical")
                .contains("src/Main.java\n```\n<<<<<<< SEARCH\n").contains(">>>>>>> REPLACE");
        assertThat(p.user()).contains("Summarise an access log").contains("Language: java")
                .contains("src/Main.java\n```java\n" + MAIN + "```\n")
                .contains("Main.java:3: error: ';' expected")
                .contains(" 41.5%  63.0%  java.util.regex.Pattern.compile")
                .contains("round 1, cand 2: hoisted regex → NEUTRAL 1.01× [0.97×, 1.05×]")
                .contains("rounds 3 of 5, tokens 12,000 of 50,000, $0.12 of $1.00")
                .doesNotContain("{{");
    }

    @Test
    void emptyFeedbackProfileAndAttemptsLeaveTheirSectionsOut() {
        Prompt p = inputs("", List.of(), List.of()).render(Prompts.OPTIMIZE);
        assertThat(p.user()).doesNotContain("# Feedback").doesNotContain("# Where the time goes")
                .doesNotContain("# Earlier attempts").doesNotContain("best version so far").contains("# Budget left");
    }

    @Test
    void everyPromptRendersFromTheSameInputs() {
        PromptInputs in = inputs("It did not compile.", List.of(), List.of());
        for (String id : Prompts.PROMPTS) {
            Prompt p = in.render(id);
            assertThat(p.system()).as(id).isNotBlank();
            assertThat(p.user()).as(id).contains("src/Main.java").doesNotContain("{{");
        }
        assertThat(in.render(Prompts.REPAIR).user()).contains("It did not compile.");
        assertThat(in.render(Prompts.JUDGE).system()).contains("Next change:");
    }

    @Test
    void aMissingVariableNamesTheTemplateAndTheVariable() {
        assertThatThrownBy(() -> Prompts.render(Prompts.OPTIMIZE, Map.of("task", "x")))
                .isInstanceOf(PromptException.class).hasMessageContaining("optimize.v1.").hasMessageContaining("{{");
    }

    @Test
    void anUnknownTemplateListsTheKnownOnes() {
        assertThatThrownBy(() -> Prompts.render("optimise.v1", Map.of()))
                .hasMessageContaining("optimise.v1").hasMessageContaining("optimize.v1, repair.v1, judge.v1");
    }

    @Test
    void aFileHoldingBackticksGetsALongerFence() {
        String listing = FileListing.of(Map.of("README.md", "```\ncode\n```\n"));
        assertThat(listing).isEqualTo("README.md\n````\n```\ncode\n```\n````\n");
    }
}
