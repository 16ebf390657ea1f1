package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.jmh.JmhScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pieces PR mode parses: diff hunks, changed Java methods, JMH's listing and result file, annotation escaping. */
class PrPartsTest {

    @Test
    void hunksGiveHeadLinesAndADeletionMarksItsPlace() {
        String diff = """
                diff --git a/src/A.java b/src/A.java
                --- a/src/A.java
                +++ b/src/A.java
                @@ -3,2 +3,3 @@ class A {
                @@ -20 +21,0 @@ void gone() {
                diff --git a/old.txt b/old.txt
                --- a/old.txt
                +++ /dev/null
                @@ -1,2 +0,0 @@
                """;
        assertThat(DiffHunks.parse(diff)).isEqualTo(Map.of("src/A.java", List.of(new LineRange(3, 5), new LineRange(21, 21))));
    }

    @Test
    void changedJavaMethodsAreNamedWithTheirClassAndParameters() {
        String src = """
                package com.acme;

                class Parser {
                    int parse(String s) {
                        return s.length();
                    }

                    void untouched() {
                    }

                    Parser(int x) {
                        System.out.println(x);
                    }
                }
                """;
        var found = ChangedCodeFinder.java("src/com/acme/Parser.java", src, List.of(new LineRange(5, 5), new LineRange(12, 12))).orElseThrow();
        assertThat(found).extracting(ChangedCode::name).containsExactly("com.acme.Parser.parse(String)", "com.acme.Parser.Parser(int)");
        assertThat(found.get(0).lines()).isEqualTo(new LineRange(4, 6));
    }

    @Test
    void jmhListingExpandsParametersAndScoresBecomeSecondsPerOp() throws Exception {
        String listing = """
                Benchmarks:
                com.acme.ParseBench.parse
                  param "size" = {10, 1000}
                com.acme.ParseBench.empty
                """;
        var list = JmhDiscovery.parseListing(listing, "target/benchmarks.jar", "-wi 1");
        assertThat(list).extracting(JmhBenchmark::name).containsExactly(
                "com.acme.ParseBench.parse (size=10)", "com.acme.ParseBench.parse (size=1000)", "com.acme.ParseBench.empty");
        assertThat(list.get(0).command())
                .contains("java -jar 'target/benchmarks.jar' '^com\\.acme\\.ParseBench\\.parse$' -f 1 \"$@\" -p 'size=10' -wi 1 -rf json -rff \"$f\"")
                .endsWith("&& cat \"$f\"");

        String json = """
                [{"benchmark": "com.acme.ParseBench.parse", "mode": "avgt", "params": {"size": "10"},
                  "primaryMetric": {"score": 250.0, "scoreError": 3.0, "scoreUnit": "ns/op", "rawData": [[249.0, 251.0]]}},
                 {"benchmark": "com.acme.ParseBench.empty", "mode": "thrpt",
                  "primaryMetric": {"score": 2000.0, "scoreUnit": "ops/ms"}}]
                """;
        var scores = JmhScore.parse(json);
        assertThat(scores.get(0).params()).isEqualTo(Map.of("size", "10"));
        assertThat(scores.get(0).secondsPerOp()).isCloseTo(250e-9, within(1e-15));
        assertThat(scores.get(1).secondsPerOp()).isCloseTo(1e-3 / 2000, within(1e-15));
    }

    @Test
    void annotationsAreEscapedAsTheRunnerExpects() {
        assertThat(Annotations.command("error", "perfagent: a, b", "50% slower\nsee comment"))
                .isEqualTo("::error title=perfagent%3A a%2C b::50%25 slower%0Asee comment");
    }

    @Test
    void aLargeOrMultiFileChangeIsAPatchNotASuggestion() {
        ChangedCode target = new ChangedCode("a.py", "f", new LineRange(1, 40), 40);
        String head = "x\n".repeat(40);
        Suggestion big = Suggestion.of(target, "IMPROVED 2.00× [1.80×, 2.20×]", "", Map.of("a.py", "y\n".repeat(40)), Map.of("a.py", head));
        assertThat(big.replaced()).isEmpty();
        assertThat(big.markdown()).contains("<details><summary>patch").contains("```diff");
        Suggestion small = Suggestion.of(target, "IMPROVED", "", Map.of("a.py", head.replaceFirst("x", "z")), Map.of("a.py", head));
        assertThat(small.replaced()).contains(new LineRange(1, 1));
        assertThat(small.markdown()).contains("```suggestion\nz\n```");
    }
}
