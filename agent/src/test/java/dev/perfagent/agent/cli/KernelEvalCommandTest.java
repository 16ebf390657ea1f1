package dev.perfagent.agent.cli;

import dev.perfagent.sandbox.GpuDevices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code perfagent eval} on kernel tasks where there is no GPU: one line that says so, exit code 2. */
class KernelEvalCommandTest {
    private static final String KERNELS = "../datasets/suites/kernels/";

    @Test
    void aKernelTaskWithoutAGpuSaysAGpuIsNeededInOneLine() {
        assumeTrue(GpuDevices.absence().isPresent(), "this machine has a GPU: KernelGpuTest covers it");
        CliRun r = CliRun.of("eval", "--task", KERNELS + "softmax-rows", "--candidate", "expert");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.noStackTrace()).isTrue();
        String message = r.err().strip();
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains("softmax-rows is a kernel task and needs an NVIDIA GPU to run: no NVIDIA GPU on this machine")
                .contains("compiled 1 CUDA source(s) with nvcc");
    }

    @Test
    void aStaticallyCaughtHackIsRejectedEvenWithoutAGpu() {
        CliRun r = CliRun.of("eval", "--task", KERNELS + "elementwise-fusion", "--candidate",
                KERNELS + "elementwise-fusion/candidates/hostile-torch-compile", "--expect", "REJECTED");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("REJECTED").contains("torch.compile");
    }

    @Test
    void aPlainCudaTaskBuildsWithNvccThenNeedsTheGpu() {
        assumeTrue(GpuDevices.absence().isPresent(), "this machine has a GPU: KernelGpuTest covers it");
        CliRun r = CliRun.of("eval", "--task", KERNELS + "cuda-row-norms", "--candidate", "expert");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("cuda-row-norms is a kernel task and needs an NVIDIA GPU").contains("the candidate compiled with nvcc");
    }
}
