package dev.perfagent.evaluators;

import dev.perfagent.sandbox.ExecResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which test failed and why, from what a test command leaves: Surefire's XML reports (JUnit under Maven), or
 * Python unittest's "FAIL: test (module.Class.test)" blocks, or else the first line that looks like an error. A
 * failing test's name and message are what a user (and the model) need to act on, not the build tool's log.
 */
final class TestReports {
    private TestReports() {
    }

    /** @param test e.g. {@code CatalogTest.findsListedProducts}; {@code message} one line, clipped */
    record Failure(String test, String message) {
        String describe() {
            return "test " + test + " failed" + (message.isBlank() ? "" : ": " + message);
        }
    }

    private static final Pattern UNITTEST = Pattern.compile("(?m)^(?:FAIL|ERROR): (\\S+) \\(([^)]+)\\)");

    static Optional<Failure> firstFailure(Path workspace, ExecResult r) {
        Optional<Failure> f = surefire(workspace);
        if (f.isPresent()) return f;
        String out = r.stdout() + "\n" + r.stderr();
        Optional<Failure> u = unittest(out);
        if (u.isPresent()) return u;
        String line = out.lines().map(String::strip).filter(l -> l.startsWith("FAIL") || l.contains("FAILED")).findFirst()
                .map(l -> Excerpt.clip(l, 160)).orElseGet(() -> Excerpt.firstError(out));
        return line.isEmpty() ? Optional.empty() : Optional.of(new Failure("(test command)", line));
    }

    static Optional<Failure> surefire(Path workspace) {
        List<Path> reports;
        try (Stream<Path> walk = Files.walk(workspace, 6)) {
            reports = walk.filter(p -> p.getFileName().toString().startsWith("TEST-") && p.getFileName().toString().endsWith(".xml")
                    && p.getParent() != null && p.getParent().getFileName().toString().endsWith("-reports")).sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path report : reports) {
            Optional<Failure> f = failureIn(report);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    private static Optional<Failure> failureIn(Path report) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // never through a link a test left in the report's place
            Document doc = dbf.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    dev.perfagent.sandbox.Workspace.readWritten(report).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            NodeList cases = doc.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                for (String kind : List.of("failure", "error")) {
                    NodeList bad = c.getElementsByTagName(kind);
                    if (bad.getLength() == 0) continue;
                    Element b = (Element) bad.item(0);
                    String cls = c.getAttribute("classname");
                    String simple = cls.substring(cls.lastIndexOf('.') + 1);
                    String message = b.getAttribute("message");
                    if (message.isBlank()) message = b.getAttribute("type");
                    if (message.isBlank()) message = b.getTextContent().strip().lines().findFirst().orElse("");
                    return Optional.of(new Failure(simple + "." + c.getAttribute("name"), oneLine(message)));
                }
            }
        } catch (Exception e) {
            // a report cut short by a killed JVM: look at the next one, then the output
        }
        return Optional.empty();
    }

    static Optional<Failure> unittest(String out) {
        Matcher m = UNITTEST.matcher(out);
        if (!m.find()) return Optional.empty();
        String where = m.group(2);
        String cls = where.endsWith("." + m.group(1)) ? where.substring(0, where.length() - m.group(1).length() - 1) : where;
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        String rest = out.substring(m.end());
        String message = rest.lines().filter(l -> l.matches("^\\w*(Error|Exception)\\b.*")).findFirst().orElse("");
        return Optional.of(new Failure(simple + "." + m.group(1), oneLine(message)));
    }

    private static String oneLine(String s) {
        return Excerpt.clip(s.strip().replaceAll("\\s*\\n\\s*", " "), 300);
    }
}
