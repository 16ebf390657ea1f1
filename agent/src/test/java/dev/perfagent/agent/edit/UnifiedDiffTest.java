package dev.perfagent.agent.edit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.perfagent.agent.edit.Fixtures.MAIN;
import static dev.perfagent.agent.edit.Fixtures.UTIL;
import static dev.perfagent.agent.edit.Fixtures.feedback;
import static dev.perfagent.agent.edit.Fixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    private static final String BUFFERED_OUTPUT = MAIN
            .replace("        for (Map.Entry<String, Integer> e : hits.entrySet()) {\n"
                     + "            System.out.println(e.getKey() + \" \" + e.getValue());\n",
                    "        StringBuilder out = new StringBuilder();\n"
                    + "        for (Map.Entry<String, Integer> e : hits.entrySet()) {\n"
                    + "            out.append(e.getKey()).append(' ').append(e.getValue()).append('\\n');\n")
            .replace("        }\n    }\n}\n", "        }\n        System.out.print(out);\n    }\n}\n");

    @Test
    void aDiffWithWrongLineNumbersAndCountsAppliesByContext() {
        // the real lines are 16-19; the model says 40 and miscounts
        String reply = """
                Printing line by line is slow; build the output once.

                ```diff
                --- a/src/Main.java
                +++ b/src/Main.java
                @@ -40,3 +40,4 @@ public class Main {
                         }
                +        StringBuilder out = new StringBuilder();
                         for (Map.Entry<String, Integer> e : hits.entrySet()) {
                -            System.out.println(e.getKey() + " " + e.getValue());
                +            out.append(e.getKey()).append(' ').append(e.getValue()).append('\\n');
                         }
                +        System.out.print(out);
                     }
                ```
                """;
        assertThat(BUFFERED_OUTPUT).isNotEqualTo(MAIN);
        assertThat(files(Edits.toFiles(reply, Fixtures.one()))).containsExactly(Map.entry("src/Main.java", BUFFERED_OUTPUT));
    }

    @Test
    void aDiffOutsideAFenceWithHunksWithoutCountsAndTwoFiles() {
        String reply = """
                diff --git a/src/Util.java b/src/Util.java
                --- a/src/Util.java
                +++ b/src/Util.java
                @@ -3 +3 @@
                -        return x * x;
                +        return Math.multiplyExact(x, x);
                --- src/Main.java
                +++ src/Main.java
                @@
                 import java.util.regex.*;
                +import java.util.stream.*;

                That is all.
                """;
        Map<String, String> out = files(Edits.toFiles(reply, Fixtures.two()));
        assertThat(out.get("src/Util.java")).isEqualTo(UTIL.replace("return x * x;", "return Math.multiplyExact(x, x);"));
        assertThat(out.get("src/Main.java")).isEqualTo(MAIN.replace("import java.util.regex.*;\n",
                "import java.util.regex.*;\nimport java.util.stream.*;\n"));
    }

    @Test
    void twoHunksInOneFileKeepTheirPlaces() {
        String reply = """
                --- a/src/Main.java
                +++ b/src/Main.java
                @@ -1,2 +1,2 @@
                -import java.io.*;
                +import java.io.BufferedReader;
                 import java.util.*;
                @@ -17,1 +17,1 @@
                -            System.out.println(e.getKey() + " " + e.getValue());
                +            System.out.println(e.getKey() + ' ' + e.getValue());
                """;
        String main = files(Edits.toFiles(reply, Fixtures.one())).get("src/Main.java");
        assertThat(main).startsWith("import java.io.BufferedReader;\nimport java.util.*;\n").contains("e.getKey() + ' ' + e.getValue()");
    }

    @Test
    void blankContextLinesWithoutTheirLeadingSpaceStillMatch() {
        String reply = "--- a/src/Main.java\n+++ b/src/Main.java\n@@ -3,3 +3,3 @@\n import java.util.regex.*;\n\n-public class Main {\n+public final class Main {\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.one())).get("src/Main.java")).contains("\n\npublic final class Main {\n");
    }

    @Test
    void contextThatDoesNotMatchIsAProblemNamingTheHunk() {
        String reply = """
                --- a/src/Main.java
                +++ b/src/Main.java
                @@ -9,2 +9,2 @@
                         String line;
                -        while ((line = reader.readLine()) != null) {
                +        while ((line = in.readLine()) != null && !line.isEmpty()) {
                """;
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one())))
                .contains("edit 1 (diff), hunk 1 (@@ -9) does not match src/Main.java")
                .contains("`while ((line = reader.readLine()) != null) {`");
    }

    @Test
    void aDiffCreatingAFileTheTaskDoesNotHaveIsReturnedSoTheEvaluatorRejectsIt() {
        String reply = """
                --- /dev/null
                +++ b/src/FastIO.java
                @@ -0,0 +1,3 @@
                +final class FastIO {
                +    // reads faster
                +}
                """;
        assertThat(files(Edits.toFiles(reply, Fixtures.one())))
                .containsExactly(Map.entry("src/FastIO.java", "final class FastIO {\n    // reads faster\n}\n"));
    }

    @Test
    void aDiffAgainstAFileTheTaskDoesNotHaveIsKeptForTheEvaluatorToReject() {
        String reply = "--- a/pom.xml\n+++ b/pom.xml\n@@ -1 +1 @@\n-<a/>\n+<b/>\n";
        assertThat(files(Edits.toFiles(reply, Fixtures.one()))).containsOnlyKeys("pom.xml");
    }

    @Test
    void deletingAFileIsAProblem() {
        String reply = "--- a/src/Main.java\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-import java.io.*;\n-import java.util.*;\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("deleting files is not supported");
    }

    @Test
    void aHeaderWithoutHunksIsAProblem() {
        String reply = "--- a/src/Main.java\n+++ b/src/Main.java\nI would change the loop.\n";
        assertThat(feedback(Edits.toFiles(reply, Fixtures.one()))).contains("has no hunks");
    }
}
