package dev.perfagent.evaluators;

import dev.perfagent.sandbox.local.LocalSandbox;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The adversarial suite in the local sandbox, in a JVM of its own: what {@link AdversarialAsUserTest} starts as an
 * ordinary user. Prints one tab-separated line per fact on stdout ({@code uid}, {@code sandbox}, then one
 * {@code attack NAME VERDICT REASON} per candidate); the asserting is the parent's, which started it.
 * Usage: {@code AdversarialSuiteRunner SUITE-FOLDER}.
 */
final class AdversarialSuiteRunner {
    private AdversarialSuiteRunner() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("uid\t" + Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        try (LocalSandbox sandbox = LocalSandbox.detect();
             Evaluator evaluator = new Evaluator(sandbox, AdversarialSuite.options())) {
            out.println("sandbox\t" + sandbox.name() + "\t" + oneLine(sandbox.isolation()));
            for (AdversarialSuite.Attack a : AdversarialSuite.attacks(Path.of(args[0]))) {
                Evaluation e = evaluator.evaluate(a.task(), Candidate.fromDirectory(a.candidate()));
                out.println("attack\t" + a.name() + "\t" + e.verdict() + "\t" + oneLine(e.reason()));
            }
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
