package dev.perfagent.agent.edit;

import java.util.Map;

/** A small task's files, as a model sees them, for the edit tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final String MAIN = """
            import java.io.*;
            import java.util.*;
            import java.util.regex.*;

            public class Main {
                public static void main(String[] args) throws IOException {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                    Map<String, Integer> hits = new TreeMap<>();
                    String line;
                    while ((line = in.readLine()) != null) {
                        Pattern p = Pattern.compile("^(\\\\S+) (\\\\S+)$");
                        Matcher m = p.matcher(line);
                        if (!m.matches()) continue;
                        hits.merge(m.group(2), 1, Integer::sum);
                    }
                    for (Map.Entry<String, Integer> e : hits.entrySet()) {
                        System.out.println(e.getKey() + " " + e.getValue());
                    }
                }
            }
            """;

    static final String UTIL = """
            public final class Util {
                static int square(int x) {
                    return x * x;
                }
            }
            """;

    /** One editable file. */
    static Map<String, String> one() {
        return Map.of("src/Main.java", MAIN);
    }

    /** Two editable files. */
    static Map<String, String> two() {
        return Map.of("src/Main.java", MAIN, "src/Util.java", UTIL);
    }

    static Map<String, String> files(EditOutcome outcome) {
        if (outcome instanceof EditOutcome.Files f) return f.files();
        throw new AssertionError("expected files, got feedback:\n" + ((EditOutcome.Feedback) outcome).text());
    }

    static String feedback(EditOutcome outcome) {
        if (outcome instanceof EditOutcome.Feedback f) return f.text();
        throw new AssertionError("expected feedback, got files " + ((EditOutcome.Files) outcome).files().keySet());
    }
}
