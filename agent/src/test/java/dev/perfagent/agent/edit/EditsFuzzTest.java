package dev.perfagent.agent.edit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Models send anything: cut-off replies, half-remembered markers, megabytes of output, unicode. Whatever arrives,
 * the loop must get files or feedback back, never an exception that ends a run.
 */
class EditsFuzzTest {

    private static final String[] MARKERS = {
            "<<<<<<< SEARCH", "=======", ">>>>>>> REPLACE", "```", "```java", "```diff", "~~~", "````",
            "--- a/src/Main.java", "+++ b/src/Main.java", "--- /dev/null", "+++ /dev/null", "@@ -1,3 +1,4 @@", "@@",
            "@@ -99999999999999 +1 @@", "src/Main.java", "Main.java", "**src/Util.java**", "### a/b/c.java", "File: x.py",
            "<<<<<<<SEARCH", ">>>>>>>", "=========", "+", "-", " ", "", "\\ No newline at end of file",
            "        String line;", "    }", "}", "import java.util.*;", "```java Main.java", "Here is `Util.java`:",
    };

    private static final String[] UNICODE = {"é", "漢字", "😀", "\u200B", "\u202E", "\u0301", "\uFEFF", "\uD800", "\uDC00", "\t", "\u0000", "\r"};

    private static final List<String> REPLIES = List.of(
            "src/Main.java\n```java\n<<<<<<< SEARCH\n        String line;\n=======\n        String line = null;\n>>>>>>> REPLACE\n```\n",
            "```diff\n--- a/src/Main.java\n+++ b/src/Main.java\n@@ -10,2 +10,2 @@\n         String line;\n-        while ((line = in.readLine()) != null) {\n+        while ((line = in.readLine()) != null) { // same\n```\n",
            "Here is the updated `src/Util.java`:\n```java\n" + Fixtures.UTIL + "```\nThat is all.\n",
            "Compile once.\n\n```java\n" + Fixtures.MAIN + "```\n",
            "### src/Util.java\n<<<<<<< SEARCH\n        return x * x;\n=======\n        return x * x + 0;\n>>>>>>> REPLACE\n"
                    + "--- src/Main.java\n+++ src/Main.java\n@@\n import java.util.regex.*;\n+import java.util.stream.*;\n");

    @Test
    void aThousandRandomOrMangledRepliesGiveFilesOrFeedbackNeverAnException() {
        Random random = new Random(20_240_607L);
        int files = 0;
        int feedback = 0;
        for (int i = 0; i < 1000; i++) {
            String reply = reply(i, random);
            Map<String, String> parent = switch (i % 3) {
                case 0 -> Fixtures.one();
                case 1 -> Fixtures.two();
                default -> i % 30 == 2 ? Map.of() : Map.of("src/Main.java", Fixtures.MAIN.replace("\n", "\r\n"));
            };
            String shown = reply == null ? "null" : reply.substring(0, Math.min(200, reply.length()));
            // the parts too, so that the catch-free path is what is fuzzed
            ParsedReply parsed = EditParser.parse(reply);
            assertThat(parsed).as("case %d: %s", i, shown).isNotNull();
            assertThat(EditApplier.apply(parsed.edits(), parent)).as("case %d", i).isNotNull();
            EditOutcome outcome = Edits.toFiles(reply, parent);
            if (outcome instanceof EditOutcome.Files f) {
                assertThat(f.files()).as("case %d: %s", i, shown).isNotEmpty().doesNotContainValue(null);
                files++;
            } else {
                assertThat(((EditOutcome.Feedback) outcome).text()).as("case %d: %s", i, shown).isNotBlank().hasSizeLessThan(6000);
                feedback++;
            }
        }
        // the mutations keep some replies intact enough to apply: the fuzz reaches the applier, not only the parser
        assertThat(files).isGreaterThan(20);
        assertThat(feedback).isGreaterThan(500);
    }

    private static String reply(int i, Random r) {
        String real = REPLIES.get(r.nextInt(REPLIES.size()));
        return switch (i % 10) {
            case 0 -> randomChars(r, r.nextInt(2000));
            case 1 -> real.substring(0, r.nextInt(real.length() + 1));
            case 2 -> shuffledLines(real, r);
            case 3 -> markerSoup(r, 5 + r.nextInt(60));
            case 4 -> i % 100 == 4 ? huge(r) : real.repeat(1 + r.nextInt(20));
            case 5 -> sprinkle(real, r, UNICODE);
            case 6 -> mutate(real, r);
            case 7 -> real + markerSoup(r, 10) + REPLIES.get(r.nextInt(REPLIES.size()));
            case 8 -> i % 20 == 8 ? (i % 40 == 8 ? null : " \n\t\r\n ") : real.replace("\n", r.nextBoolean() ? "\r" : "\r\n");
            default -> r.nextBoolean() ? real : real.replace("    ", "\t");
        };
    }

    private static String randomChars(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            int kind = r.nextInt(10);
            if (kind < 5) b.append((char) (32 + r.nextInt(95)));
            else if (kind < 7) b.append('\n');
            else if (kind < 8) b.append("<>=`-+@".charAt(r.nextInt(7)));
            else b.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
        }
        return b.toString();
    }

    private static String shuffledLines(String real, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(real.split("\n", -1)));
        Collections.shuffle(lines, r);
        return String.join("\n", lines);
    }

    private static String markerSoup(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) b.append(MARKERS[r.nextInt(MARKERS.length)]).append('\n');
        return b.toString();
    }

    /** About a megabyte: a whole file repeated, a search block of thousands of lines, or one endless line. */
    private static String huge(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> "src/Main.java\n```java\n" + Fixtures.MAIN.repeat(1500) + "```\n";
            case 1 -> "src/Main.java\n<<<<<<< SEARCH\n" + "    }\n".repeat(20_000) + "=======\n}\n>>>>>>> REPLACE\n";
            default -> "`".repeat(300_000) + "x".repeat(700_000);
        };
    }

    private static String sprinkle(String real, Random r, String[] extra) {
        StringBuilder b = new StringBuilder(real);
        for (int k = 0; k < 1 + r.nextInt(8); k++) b.insert(r.nextInt(b.length() + 1), extra[r.nextInt(extra.length)]);
        return b.toString();
    }

    private static String mutate(String real, Random r) {
        StringBuilder b = new StringBuilder(real);
        for (int k = 0; k < 1 + r.nextInt(5) && b.length() > 0; k++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, b.charAt(r.nextInt(b.length())));
                default -> b.insert(at, b.substring(at, Math.min(b.length(), at + r.nextInt(40))));
            }
        }
        return b.toString();
    }
}
