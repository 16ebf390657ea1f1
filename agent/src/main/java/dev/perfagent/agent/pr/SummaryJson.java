package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.measure.Measurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** summary.json: what a script reads from a PR run — every benchmark's verdict and figures, and the suggestions. */
final class SummaryJson {
    private SummaryJson() {
    }

    static Map<String, Object> of(PrResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", r.base());
        m.put("head", r.head());
        m.put("threshold", r.threshold());
        m.put("sandbox", r.sandbox());
        m.put("regressions", r.regressions());
        m.put("failsGate", r.failsGate());
        List<Map<String, Object>> benches = new ArrayList<>();
        for (BenchResult b : r.benchmarks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", b.name());
            x.put("verdict", b.verdict().name());
            x.put("label", b.label());
            x.put("reason", b.reason());
            b.inconclusive().ifPresent(i -> x.put("inconclusive", i));
            if (b.measurement().isPresent()) {
                Measurement me = b.measurement().get();
                x.put("speedup", me.speedup().ratio());
                x.put("low", me.speedup().low());
                x.put("high", Double.isFinite(me.speedup().high()) ? me.speedup().high() : null);
                x.put("baseMedianSeconds", me.baseline().medianSeconds());
                x.put("headMedianSeconds", me.candidate().medianSeconds());
                x.put("baseSamples", me.baseline().seconds());
                x.put("headSamples", me.candidate().seconds());
                x.put("order", me.order());
                x.put("pValue", Double.isNaN(me.pValue()) ? null : me.pValue());
                x.put("stopReason", me.stopReason());
            }
            benches.add(x);
        }
        m.put("benchmarks", benches);
        r.suggestions().ifPresent(f -> {
            List<Map<String, Object>> s = new ArrayList<>();
            for (Suggestion x : f.suggestions()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("path", x.target().path());
                e.put("method", x.target().name());
                e.put("outcome", x.outcome());
                e.put("summary", x.summary());
                x.replaced().ifPresent(l -> {
                    e.put("firstLine", l.first());
                    e.put("lastLine", l.last());
                });
                e.put("patch", x.patch());
                s.add(e);
            }
            m.put("suggestions", s);
            m.put("notSuggested", f.notSuggested());
            m.put("ranking", f.ranking());
        });
        return m;
    }
}
