package dev.perfagent.evaluators;

import java.util.Locale;
import java.util.Optional;

/**
 * Instructions executed over the workload (callgrind): a noise-free second measure for native code.
 *
 * @param withheld why the counts are not to be believed (the counted run printed a wrong answer, or the counts
 *                 contradict the measured time): then they are kept for the record but not reported as a result
 */
public record InstructionCount(long baseline, long candidate, Optional<String> withheld) {
    /**
     * How far the instruction ratio may lie from the measured time ratio before the counts are doubted. Real code
     * differs (a memory-bound loop, vector instructions), but not by 5×: a program that behaves differently under
     * valgrind does.
     */
    public static final double PLAUSIBLE_FACTOR = 5.0;

    /** Counts not yet checked against the measured time ({@link #checkedAgainst}). */
    public static InstructionCount of(long baseline, long candidate) {
        return new InstructionCount(baseline, candidate, Optional.empty());
    }

    /** Above 1 when the candidate executes fewer instructions. */
    public double ratio() {
        return candidate == 0 ? Double.NaN : (double) baseline / candidate;
    }

    public boolean reported() {
        return withheld.isEmpty();
    }

    /** These counts, withheld when their ratio and the measured time ratio differ by more than the plausible factor. */
    public InstructionCount checkedAgainst(double timeRatio) {
        double r = ratio();
        if (!(r > 0) || !(timeRatio > 0)) {
            return new InstructionCount(baseline, candidate, Optional.of("no instruction ratio to compare"));
        }
        double apart = Math.max(r / timeRatio, timeRatio / r);
        if (apart > PLAUSIBLE_FACTOR) {
            return new InstructionCount(baseline, candidate, Optional.of(String.format(Locale.ROOT,
                    "%.2f× fewer instructions contradicts the measured %.2f× in time", r, timeRatio)));
        }
        return this;
    }

    public String describe() {
        if (withheld.isPresent()) return "instruction counts not reported: " + withheld.get();
        return String.format("instructions %,d → %,d (%.2f× fewer)", baseline, candidate, ratio());
    }
}
