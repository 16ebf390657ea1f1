package dev.perfagent.agent.report;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How long {@link UnifiedDiff} takes on a source file of {@code lines} lines with {@code edits} scattered one-line
 * changes: every best.patch, report and PR suggestion goes through it, and Myers' algorithm is O(N·D), so the cost
 * grows with the number of edits as much as with the file. Run by {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnifiedDiffBench {
    @Param({"400", "4000"})
    int lines;

    @Param({"3", "60"})
    int edits;

    String before;
    String after;

    @Setup
    public void sources() {
        Random r = new Random(7);
        StringBuilder a = new StringBuilder();
        String[] b = new String[lines];
        for (int i = 0; i < lines; i++) {
            b[i] = "    int v" + i + " = compute(" + r.nextInt(1000) + ", \"" + Integer.toHexString(r.nextInt()) + "\");";
            a.append(b[i]).append('\n');
        }
        for (int k = 0; k < edits; k++) {
            int at = r.nextInt(lines);
            b[at] = b[at].replace("compute", "computeFaster");
        }
        before = a.toString();
        after = String.join("\n", b) + "\n";
    }

    @Benchmark
    public String diff() {
        return UnifiedDiff.of("src/main/java/Example.java", before, after);
    }
}
