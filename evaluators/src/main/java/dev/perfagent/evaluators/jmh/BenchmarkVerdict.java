package dev.perfagent.evaluators.jmh;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Speedup;

/**
 * What one JMH benchmark showed within a candidate's measurement: its own speedup interval from the same forks, and
 * the verdict rule's answer for it alone.
 *
 * @param baselineSecondsPerOp  median over the baseline's forks
 * @param candidateSecondsPerOp median over the candidate's forks
 */
public record BenchmarkVerdict(String name, Verdict verdict, String reason, Speedup speedup,
                               double baselineSecondsPerOp, double candidateSecondsPerOp) {

    /** "org.acme.Bench.render (n=10)  IMPROVED 30.10× [28.00×, 32.00×]  (250.00 ms/op → 8.31 ms/op)". */
    public String describe() {
        return name + "  " + verdict + " " + speedup + "  (" + JmhCommand.format(baselineSecondsPerOp) + " → "
                + JmhCommand.format(candidateSecondsPerOp) + ")";
    }
}
