package dev.perfagent.prompts;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    @Test
    void placeholdersAreReplacedAndUnusedVariablesAreAllowed() {
        Template t = Template.parse("t.v1.user.txt", "Make {{ task }} faster in {{language}}.");
        assertThat(t.render(Map.of("task", "sorting", "language", "C++", "unused", "x"))).isEqualTo("Make sorting faster in C++.");
    }

    @Test
    void aMissingVariableIsAnErrorNamingTemplateAndVariable() {
        Template t = Template.parse("optimize.v9.user.txt", "{{task}} {{budget}}");
        assertThatThrownBy(() -> t.render(Map.of("task", "x")))
                .isInstanceOf(PromptException.class)
                .hasMessageContaining("optimize.v9.user.txt").hasMessageContaining("{{budget}}").hasMessageContaining("given: task");
    }

    @Test
    void aSectionVariableMustBeGivenToo() {
        Template t = Template.parse("t", "{{#feedback}}x{{/feedback}}");
        assertThatThrownBy(() -> t.render(Map.of())).hasMessageContaining("{{feedback}}");
    }

    @Test
    void sectionsShowWhenTheValueIsNotBlankAndTheirTagLinesVanish() {
        Template t = Template.parse("t", "a\n{{#f}}\nfeedback: {{f}}\n{{/f}}\n{{^f}}\nno feedback\n{{/f}}\nb\n");
        assertThat(t.render(Map.of("f", "slow"))).isEqualTo("a\nfeedback: slow\nb\n");
        assertThat(t.render(Map.of("f", "  "))).isEqualTo("a\nno feedback\nb\n");
    }

    @Test
    void valuesAreNotScannedForPlaceholders() {
        Template t = Template.parse("t", "{{files}}");
        assertThat(t.render(Map.of("files", "int[] a = {{1}}; // {{task}}"))).isEqualTo("int[] a = {{1}}; // {{task}}");
    }

    @Test
    void malformedTemplatesFailWhenParsed() {
        assertThatThrownBy(() -> Template.parse("t", "line\n{{ task")).hasMessageContaining("t: malformed tag at line 2");
        assertThatThrownBy(() -> Template.parse("t", "{{#a}}x")).hasMessageContaining("{{#a}} is never closed");
        assertThatThrownBy(() -> Template.parse("t", "{{#a}}x{{/b}}")).hasMessageContaining("the open section is {{#a}}");
    }
}
