package dev.perfagent.evaluators;

/** Instructions executed over the workload (callgrind): a noise-free second measure for native code. */
public record InstructionCount(long baseline, long candidate) {
    /** Above 1 when the candidate executes fewer instructions. */
    public double ratio() {
        return candidate == 0 ? Double.NaN : (double) baseline / candidate;
    }

    public String describe() {
        return String.format("instructions %,d → %,d (%.2f× fewer)", baseline, candidate, ratio());
    }
}
