package dev.perfagent.agent.edit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.perfagent.agent.edit.Fixtures.MAIN;
import static dev.perfagent.agent.edit.Fixtures.UTIL;
import static dev.perfagent.agent.edit.Fixtures.feedback;
import static dev.perfagent.agent.edit.Fixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

class SearchReplaceTest {

    private static final String HOIST = """
            The pattern is compiled once per line. Compiling it once, outside the loop, removes that cost.

            src/Main.java
            ```java
            <<<<<<< SEARCH
                    String line;
                    while ((line = in.readLine()) != null) {
                        Pattern p = Pattern.compile("^(\\\\S+) (\\\\S+)$");
                        Matcher m = p.matcher(line);
            =======
                    String line;
                    Pattern p = Pattern.compile("^(\\\\S+) (\\\\S+)$");
                    while ((line = in.readLine()) != null) {
                        Matcher m = p.matcher(line);
            >>>>>>> REPLACE
            ```

            This keeps the output identical.
            """;

    private static final String HOISTED_MAIN = MAIN.replace("""
                    String line;
                    while ((line = in.readLine()) != null) {
                        Pattern p = Pattern.compile("^(\\\\S+) (\\\\S+)$");
            """, """
                    String line;
                    Pattern p = Pattern.compile("^(\\\\S+) (\\\\S+)$");
                    while ((line = in.readLine()) != null) {
            """);

    @Test
    void aBlockAfterProseAndPathInAFenceIsApplied() {
        assertThat(HOISTED_MAIN).isNotEqualTo(MAIN);
        assertThat(files(Edits.toFiles(HOIST, Fixtures.one()))).containsExactly(Map.entry("src/Main.java", HOISTED_MAIN));
    }

    @Test
    void windowsLineEndingsInTheReplyStillMatch() {
        String crlf = HOIST.replace("\n", "\r\n");
        assertThat(files(Edits.toFiles(crlf, Fixtures.one()))).containsEntry("src/Main.java", HOISTED_MAIN);
    }

    @Test
    void aWindowsFileKeepsItsLineEndings() {
        Map<String, String> parent = Map.of("src/Main.java", MAIN.replace("\n", "\r\n"));
        assertThat(files(Edits.toFiles(HOIST, parent))).containsEntry("src/Main.java", HOISTED_MAIN.replace("\n", "\r\n"));
    }

    @Test
    void blocksForTwoFilesInOneReply() {
        String reply = """
                Two changes.

                ### src/Util.java
                ```java
                <<<<<<< SEARCH
                        return x * x;
                =======
                        return Math.multiplyExact(x, x);
                >>>>>>> REPLACE
                ```

                File: `src/Main.java`
                ```java
                <<<<<<< SEARCH
                import java.util.regex.*;
                =======
                import java.util.regex.*;
                import java.util.stream.*;
                >>>>>>> REPLACE
                ```
                """;
        Map<String, String> out = files(Edits.toFiles(reply, Fixtures.two()));
        assertThat(out).containsOnlyKeys("src/Main.java", "src/Util.java");
        assertThat(out.get("src/Util.java")).isEqualTo(UTIL.replace("return x * x;", "return Math.multiplyExact(x, x);"));
        assertThat(out.get("src/Main.java")).contains("import java.util.regex.*;\nimport java.util.stream.*;\n");
    }

    @Test
    void severalBlocksForOneFileApplyInOrderAndCompose() {
        String reply = """
                Main.java
                <<<<<<< SEARCH
                        Map<String, Integer> hits = new TreeMap<>();
                =======
                        Map<String, Integer> hits = new HashMap<>();
                >>>>>>> REPLACE
                <<<<<<< SEARCH
                        Map<String, Integer> hits = new HashMap<>();
                =======
                        Map<String, Integer> hits = new HashMap<>(1024);
                >>>>>>> REPLACE
                """;
        assertThat(files(Edits.toFiles(reply, Fixtures.one())).get("src/Main.java"))
                .contains("new HashMap<>(1024);").doesNotContain("TreeMap<>()");
    }

    @Test
    void aSearchWithTheWrongIndentationMatchesAndTheReplacementIsReindented() {
        // the model dropped the method's indentation, as it would when quoting the loop on its own
        String reply = """
                `src/Main.java`:
                ```
                <<<<<<< SEARCH
                for (Map.Entry<String, Integer> e : hits.entrySet()) {
                    System.out.println(e.getKey() + " " + e.getValue());
                }
                =======
                StringBuilder out = new StringBuilder();
                for (Map.Entry<String, Integer> e : hits.entrySet()) {
                    out.append(e.getKey()).append(' ').append(e.getValue()).append('\\n');
                }
                System.out.print(out);
                >>>>>>> REPLACE
                ```
                """;
        String main = files(Edits.toFiles(reply, Fixtures.one())).get("src/Main.java");
        assertThat(main).contains("""
                        }
                        StringBuilder out = new StringBuilder();
                        for (Map.Entry<String, Integer> e : hits.entrySet()) {
                            out.append(e.getKey()).append(' ').append(e.getValue()).append('\\n');
                        }
                        System.out.print(out);
                    }
                }
                """);
    }

    @Test
    void trailingWhitespaceDifferencesAreTolerated() {
        String reply = "src/Main.java\n<<<<<<< SEARCH\n        String line;   \n=======\n        String line = null;\n>>>>>>> REPLACE\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.one())).get("src/Main.java")).contains("        String line = null;\n");
    }

    @Test
    void aSearchThatIsNotInTheFileSaysWhereItStopsMatching() {
        String reply = """
                src/Main.java
                <<<<<<< SEARCH
                        String line;
                        while ((line = reader.readLine()) != null) {
                =======
                        String line;
                >>>>>>> REPLACE
                """;
        String text = feedback(Edits.toFiles(reply, Fixtures.one()));
        assertThat(text).contains("does not match src/Main.java")
                .contains("line 2 `while ((line = reader.readLine()) != null) {`")
                .contains("<<<<<<< SEARCH").contains("Files you may edit: src/Main.java");
    }

    @Test
    void aSearchFoundTwiceIsAmbiguous() {
        String reply = """
                src/Main.java
                <<<<<<< SEARCH
                        }
                =======
                        } // done
                >>>>>>> REPLACE
                """;
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("matches src/Main.java in").contains("places")
                .contains("include more surrounding lines");
    }

    @Test
    void aBareFileNameResolvesToTheEditableFile() {
        String reply = "**Util.java**\n```java\n<<<<<<< SEARCH\n        return x * x;\n=======\n        return x * (long) x > 0 ? x * x : 0;\n>>>>>>> REPLACE\n```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.two()))).containsOnlyKeys("src/Util.java");
    }

    @Test
    void aBlockWithNoPathGoesToTheOnlyFileButNotToOneOfTwo() {
        String reply = "```\n<<<<<<< SEARCH\n        String line;\n=======\n        String line = null;\n>>>>>>> REPLACE\n```\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.one()))).containsOnlyKeys("src/Main.java");
        assertThat(feedback(Edits.toFiles(reply, Fixtures.two()))).contains("names no file");
    }


    @Test
    void anUnfinishedBlockIsReportedAsCutOff() {
        String reply = "src/Main.java\n<<<<<<< SEARCH\n        String line;\n=======\n        String line = null;\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("not finished").contains("cut off");
    }

    @Test
    void oneBadBlockMeansNoFileChanges() {
        String reply = """
                src/Main.java
                <<<<<<< SEARCH
                        String line;
                =======
                        String line = null;
                >>>>>>> REPLACE
                <<<<<<< SEARCH
                no such line
                =======
                other
                >>>>>>> REPLACE
                """;
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("edit 2 (SEARCH/REPLACE block)").doesNotContain("edit 1");
    }

    @Test
    void editsThatChangeNothingAreFeedback() {
        String reply = "src/Main.java\n<<<<<<< SEARCH\n        String line;\n=======\n        String line;\n>>>>>>> REPLACE\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("leave every file exactly as it was");
    }
}
