package dev.perfagent.evaluators;

import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How many tests a test command ran, where its reports or output say so: Surefire's XML reports, ctest's, pytest's,
 * unittest's and Maven's summaries. A command that exits 0 having run no test (ctest with testing off, pytest with
 * nothing collected, a Maven module without tests) checks nothing, which a passing exit status does not show.
 */
final class TestCount {
    private static final Pattern CTEST_NONE = Pattern.compile("No tests were found");
    private static final Pattern CTEST = Pattern.compile("tests passed, \\d+ tests? failed out of (\\d+)");
    private static final Pattern PYTEST_NONE = Pattern.compile("(?m)\\bno tests ran\\b");
    private static final Pattern PYTEST = Pattern.compile("(?m)^=+ .*?(\\d+) passed");
    private static final Pattern UNITTEST = Pattern.compile("(?m)^Ran (\\d+) tests? in ");
    private static final Pattern MAVEN = Pattern.compile("(?m)Tests run: (\\d+), Failures");

    private TestCount() {
    }

    /** Empty when nothing says how many ran (a Makefile's own test program, say). */
    static OptionalInt of(Path workspace, String command, String output) {
        OptionalInt reports = surefire(workspace);
        if (reports.isPresent()) return reports;
        if (CTEST_NONE.matcher(output).find() || PYTEST_NONE.matcher(output).find()) return OptionalInt.of(0);
        for (Pattern p : List.of(CTEST, PYTEST, UNITTEST)) {
            Matcher m = p.matcher(output);
            int total = 0;
            boolean found = false;
            while (m.find()) {
                total += Integer.parseInt(m.group(1));
                found = true;
            }
            if (found) return OptionalInt.of(total);
        }
        Matcher m = MAVEN.matcher(output);
        int last = -1;
        while (m.find()) last = Integer.parseInt(m.group(1));
        if (last >= 0) return OptionalInt.of(last);
        // Maven with -q prints nothing when all pass, but Surefire always writes a report per test class it ran
        if (command.matches("(?s).*\\bmvnw?\\b.*")) return OptionalInt.of(0);
        return OptionalInt.empty();
    }

    /** The tests Surefire (or Failsafe) reported, summed over every report under the workspace. */
    static OptionalInt surefire(Path workspace) {
        List<Path> reports;
        try (Stream<Path> walk = Files.walk(workspace, 8)) {
            reports = walk.filter(p -> p.getFileName().toString().startsWith("TEST-") && p.getFileName().toString().endsWith(".xml")
                    && p.getParent() != null && p.getParent().getFileName().toString().endsWith("-reports")).toList();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        if (reports.isEmpty()) return OptionalInt.empty();
        int total = 0;
        for (Path report : reports) {
            try {
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element suite = dbf.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
                total += suite.getElementsByTagName("testcase").getLength();
            } catch (Exception e) {
                // a report cut short by a killed JVM counts as a test that ran
                total++;
            }
        }
        return OptionalInt.of(total);
    }
}
