package dev.perfagent.evaluators.measure;

import java.util.List;

/**
 * Which time of a run the speedup is computed from.
 *
 * <p>{@link #CPU} is the user + system CPU time of the run's whole process tree, counted by the kernel to the
 * nanosecond (a cgroup per command; in the container sandbox, wait4's rusage of every process of the tree, to the
 * microsecond): it leaves out the time a run spends waiting for a core, which on a machine
 * with busy neighbours is most of the noise of wall time (on the 2-vCPU development VM with the other core busy,
 * run-to-run spread 1–2 % instead of 15–20 %). It is the right measure only for a program that runs one thread at
 * a time and does not wait, so it is used only while, on both sides, the median CPU time stays at or below the
 * median wall time (a program running threads in parallel uses more CPU time than wall time) and the sandbox
 * counts CPU time finely. Otherwise {@link #WALL}. And where the wall-time interval contradicts the CPU-time one
 * (CPU time clearly better, wall time clearly worse: work turned into waiting), wall time decides.
 */
public enum Clock {
    WALL("wall time"),
    CPU("CPU time");

    private final String label;

    Clock(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    double seconds(Sample s) {
        return this == CPU ? s.cpuSeconds() : s.seconds();
    }

    double[] seconds(List<Sample> samples) {
        return samples.stream().mapToDouble(this::seconds).toArray();
    }

    /**
     * CPU when it is counted finely and neither side shows parallel work (median CPU time above median wall
     * time) or a CPU time of zero in any run; WALL otherwise.
     */
    static Clock choose(boolean cpuCounted, List<Sample> baseline, List<Sample> candidate) {
        if (!cpuCounted || baseline.isEmpty() || candidate.isEmpty()) return WALL;
        return serial(baseline) && serial(candidate) ? CPU : WALL;
    }

    private static boolean serial(List<Sample> runs) {
        if (runs.stream().anyMatch(s -> !(s.cpuSeconds() > 0))) return false;
        return Median.of(CPU.seconds(runs)) <= Median.of(WALL.seconds(runs));
    }
}
