package dev.perfagent.agent.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.Outcome;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts parse as SVG (well-formed XML: a browser shows them), and carry what a reader needs without hovering:
 * axis titles, tick labels, the 1× and threshold lines, a mark for every candidate (failed ones too, with their
 * verdict) and the values as text. bench/render-reports.sh checks the same pages load in headless Chromium.
 */
class ReportHtmlTest {
    static Attempt attempt(int i, Verdict v, Double speedup, Double low, Double high) {
        Optional<Outcome> o = Optional.of(Outcome.of(v, "", "").withSpeedup(Optional.ofNullable(speedup), Optional.ofNullable(low), Optional.ofNullable(high)));
        return new Attempt(i, 1, 0, "c" + i, "original", "rules", "change " + i, Map.of(), Usage.NONE, Optional.empty(), o);
    }

    static final List<Attempt> ATTEMPTS = List.of(
            attempt(1, Verdict.IMPROVED, 2.41, 2.20, 2.65),
            attempt(2, Verdict.NEUTRAL, 1.03, 0.97, 1.09),
            attempt(3, Verdict.INCORRECT, null, null, null),
            attempt(4, Verdict.REGRESSED, 0.62, 0.58, 0.66),
            new Attempt(5, 2, 0, "c5", "c1", "openai:gpt-4.1", "", Map.of(), Usage.NONE, Optional.of("no edits found"), Optional.empty()));

    static Document svg(String html) throws Exception {
        int start = html.indexOf("<svg");
        String svg = html.substring(start, html.indexOf("</svg>", start) + 6);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d) {
        NodeList n = d.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) out.add(n.item(i).getTextContent());
        return out;
    }

    @Test
    void theSpeedupChartShowsEveryCandidateItsValueTheThresholdAndLabelledAxes() throws Exception {
        Document d = svg(SpeedupChart.svg(ATTEMPTS, Optional.of(1.05)));
        List<String> texts = texts(d);

        assertThat(texts).contains("speedup over the original (×)", "candidate, in the order tried",
                "1× (no change)", "threshold 1.05× (IMPROVED above)");
        assertThat(texts).contains("c1", "c2", "c3", "c4", "c5");                   // every candidate, failed ones too
        assertThat(texts).contains("2.41×", "1.03×", "0.62×");                      // values readable without hovering
        assertThat(texts).contains("INCORRECT", "UNPARSED", "IMPROVED", "REGRESSED"); // verdicts written, failed ones at the axis
        assertThat(texts.stream().filter(t -> t.matches("[0-9.]+×"))).as("one tick label per value, no duplicate top label")
                .doesNotHaveDuplicates();
        assertThat(d.getElementsByTagName("circle").getLength()).isEqualTo(3);  // timed candidates
    }

    @Test
    void theRunPageEmbedsTheChartAndNoScript() {
        RunSummary s = new RunSummary("r1", "py-demo", "rules", "refine", "round budget spent", false, 2, 5, 0, 0, 0, 12.5,
                ATTEMPTS, Optional.of(ATTEMPTS.get(0)), "", Optional.empty());
        String html = HtmlReport.render(s, Optional.of(1.05));

        assertThat(html).startsWith("<!doctype html>").contains("<svg").contains("threshold 1.05×").doesNotContain("<script");
    }

    @Test
    void theBenchPageHasMetricsAPerTaskTableAndASpeedupHistogram() throws Exception {
        var summary = new ObjectMapper().readTree("""
                {"config": {"suite_name": "examples", "model": "expert"},
                 "counts": {"tasks": 3, "ran": 3, "skipped": 0, "errors": 0, "attempts_per_task": 1, "denominator": "ran"},
                 "metrics": {"correctness": 0.667, "geomean_speedup": 2.1, "fast_p": {"fast_1": 0.667}}}""");
        var tasks = BenchHtmlReport.readCsv(List.of(
                "task_id,ran,attempts,correct,best_attempt,best_verdict,best_speedup,speedup_low,speedup_high,expert_speedup,pie_speedup,improved,opt_commit_at_k,tokens_in,tokens_out,cost_usd,reason",
                "a,true,1,true,1,IMPROVED,4.2,3.9,4.5,4.2,4.2,true,true,0,0,0.000000,",
                "b,true,1,true,1,NEUTRAL,1.01,0.97,1.04,,1.0,false,false,0,0,0.000000,\"interval straddles 1.05, too wide\"",
                "c,true,1,false,1,INCORRECT,,,,,1.0,false,false,0,0,0.000000,tests/1.in: expected 3 got 4"));

        String html = BenchHtmlReport.render(summary, tasks);
        List<String> texts = texts(svg(html));

        assertThat(html).contains("<td>geomean_speedup</td>").contains("<td>fast_p.fast_1</td>").contains("interval straddles 1.05, too wide")
                .contains("class=\"INCORRECT\">INCORRECT</td>");
        assertThat(texts).contains("tasks", "best speedup of each task over its original (×)", "3–5", "0.95–1.05", "not correct");
    }
}
