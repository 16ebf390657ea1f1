package dev.perfagent.agent.edit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static dev.perfagent.agent.edit.Fixtures.feedback;
import static dev.perfagent.agent.edit.Fixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

class WholeFileTest {

    private static final String NEW_UTIL = "public final class Util {\n    static int square(int x) {\n        return Math.multiplyExact(x, x);\n    }\n}\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "Here is the new file.\n\nsrc/Util.java\n```java\n%s```\n",
            "**src/Util.java**\n\n```java\n%s```\nDone.",
            "### `Util.java`\n```\n%s```\n",
            "Here is the updated `src/Util.java`:\n```java\n%s```\n",
            "```java src/Util.java\n%s```\n",
            "```Util.java\n%s```\n",
            "```java title=\"src/Util.java\"\n%s```\n",
            "```java:src/Util.java\n%s```\n",
            "~~~java Util.java\n%s~~~\n",
    })
    void aNamedCodeBlockReplacesTheFile(String shape) {
        String reply = shape.formatted(NEW_UTIL);
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsExactly(Map.entry("src/Util.java", NEW_UTIL));
    }

    @Test
    void theOnlyCodeBlockIsTheOnlyEditableFile() {
        String reply = "Compile the pattern once:\n\n```java\n" + Fixtures.MAIN.replace("TreeMap", "HashMap") + "```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.one()))).containsOnlyKeys("src/Main.java");
        assertThat(feedback(Edits.toFiles(reply, Fixtures.two()))).contains("names no file");
    }

    @Test
    void severalUnnamedBlocksAreFeedback() {
        String reply = "Try this:\n```java\nint x = 1;\n```\nand this:\n```java\nint y = 2;\n```\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("2 code blocks but none says which file");
    }

    @Test
    void aCodeBlockCutOffBeforeItsFenceClosesIsNotTakenAsTheFile() {
        String reply = "src/Util.java\n```java\npublic final class Util {\n    static int square(int x) {\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.two()))).contains("not closed").contains("cut off");
    }

    @Test
    void aWholeFileForATestFileIsKeptSoTheCandidateIsRejected() {
        String reply = "src/Util.java\n```java\n" + NEW_UTIL + "```\n\ntests/large.out\n```\n42\n```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsOnlyKeys("src/Util.java", "tests/large.out");
    }

    @Test
    void aProseMentionOfAMethodIsNotAFileName() {
        String reply = "The hot spot is `Pattern.compile`:\n```java\n" + Fixtures.MAIN.replace("TreeMap", "HashMap") + "```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.one()))).containsOnlyKeys("src/Main.java");
    }

    @Test
    void aFileWithCrlfLineEndingsInTheReplyIsNormalised() {
        String reply = ("src/Util.java\n```java\n" + NEW_UTIL + "```\n").replace("\n", "\r\n");
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsEntry("src/Util.java", NEW_UTIL);
    }

    @Test
    void theSameContentIsNoChange() {
        String reply = "src/Util.java\n```java\n" + Fixtures.UTIL + "```\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.two()))).contains("exactly as it was");
    }

    @Test
    void proseOnlyIsFeedbackThatShowsTheFormat() {
        String text = feedback(Edits.toFiles("I think the regex should be compiled once.", Fixtures.one()));
        assertThat(text).contains("contains no edits").contains("src/Main.java\n```\n<<<<<<< SEARCH").contains(">>>>>>> REPLACE");
    }
}
