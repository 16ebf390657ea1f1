package dev.perfagent.evaluators.kernel;

import java.util.List;
import java.util.Optional;

/**
 * One result of the kernel harness (protocol {@code perfagent-kernel/1}), as it reported it.
 *
 * @param status  ok, incorrect, build_failed, error, tampered, no_gpu, no_torch, bad_task
 * @param trials  correctness trials in order; the first failing one is the last
 * @param timing  per-call times, present when the correctness trials passed and timing was asked for
 */
public record HarnessResult(String status, String mode, String device, String message, List<Trial> trials,
                            Optional<Timing> timing) {
    public HarnessResult {
        trials = List.copyOf(trials);
    }

    /** One correctness trial, with fresh random inputs. Errors are NaN or infinite when the output held such. */
    public record Trial(int trial, boolean ok, double maxAbsErr, double maxRelErr, double tolerance,
                        boolean inputsUnmodified, String message) {
    }

    /**
     * Per-call milliseconds. Python tasks time reference and candidate in the same process, interleaved in mirrored
     * pairs ({@code order} says which ran first in each pair); a CUDA C++ harness times only its own kernel.
     */
    public record Timing(List<Double> referenceMs, List<Double> candidateMs, String order) {
        public Timing {
            referenceMs = List.copyOf(referenceMs);
            candidateMs = List.copyOf(candidateMs);
        }
    }

    public Optional<Trial> firstFailure() {
        return trials.stream().filter(t -> !t.ok()).findFirst();
    }
}
