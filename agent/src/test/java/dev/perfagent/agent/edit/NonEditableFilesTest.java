package dev.perfagent.agent.edit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.perfagent.agent.edit.Fixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for a file the model may not edit (a test, a build file: not among the files it was given), whatever the
 * format: the edit is kept with the rest of the reply, so the evaluator rejects the candidate naming that file. It
 * was REJECTED for a whole file but "could not be applied" for a search/replace block or a diff, and the reply's
 * valid edits went with it.
 */
class NonEditableFilesTest {
    private static final String VALID = "src/Util.java\n<<<<<<< SEARCH\n        return x * x;\n=======\n        return Math.multiplyExact(x, x);\n>>>>>>> REPLACE\n";

    @Test
    void aSearchReplaceBlockForATestFileIsKeptBesideTheValidEdit() {
        String reply = VALID + "\nsrc/MainTest.java\n<<<<<<< SEARCH\nassertEquals(1, x);\n=======\nassertTrue(true);\n>>>>>>> REPLACE\n";
        Map<String, String> f = files(Edits.toFiles(reply, Fixtures.two()));
        assertThat(f).containsOnlyKeys("src/Util.java", "src/MainTest.java");
        assertThat(f.get("src/Util.java")).contains("Math.multiplyExact(x, x)");
        assertThat(f.get("src/MainTest.java")).contains("assertTrue(true)");
    }

    @Test
    void aDiffForATestFileIsKeptBesideTheValidEdit() {
        String reply = VALID + "\n```diff\n--- a/src/MainTest.java\n+++ b/src/MainTest.java\n@@ -1,3 +1,3 @@\n class MainTest {\n-    int expected = 1;\n+    int expected = 2;\n }\n```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsOnlyKeys("src/Util.java", "src/MainTest.java");
    }

    @Test
    void aWholeFileForABuildFileIsKeptToo() {
        String reply = VALID + "\npom.xml\n```xml\n<project/>\n```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsOnlyKeys("src/Util.java", "pom.xml");
    }

    @Test
    void anEditToAForbiddenFileDecidesEvenWhenAnotherEditDoesNotApply() {
        String reply = "src/Util.java\n<<<<<<< SEARCH\n        return x + x;\n=======\n        return 0;\n>>>>>>> REPLACE\n"
                + "\nsrc/MainTest.java\n<<<<<<< SEARCH\nassertEquals(1, x);\n=======\n>>>>>>> REPLACE\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsOnlyKeys("src/MainTest.java");
    }
}
