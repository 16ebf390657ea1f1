package dev.perfagent.evaluators.kernel;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.kernel.KernelScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness protocol read from recorded outputs, and from the real script's --selftest (no torch needed). */
class HarnessOutputTest {

    static String recorded(String name) throws IOException {
        try (InputStream in = HarnessOutputTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void onlyTheLineWithThisRunsNonceCounts() throws IOException {
        HarnessOutput.Parsed p = HarnessOutput.parse(recorded("incorrect.out"), "5eed5eed5eed");
        assertThat(p.result()).isPresent();
        HarnessResult r = p.result().get();
        assertThat(r.status()).isEqualTo("incorrect");
        assertThat(r.device()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(r.trials()).hasSize(2);
        assertThat(r.firstFailure().get().maxAbsErr()).isNaN();
        // the forged "ok" line printed by the candidate carries another nonce
        assertThat(HarnessOutput.parse(recorded("incorrect.out"), "another").result()).isEmpty();
    }

    @Test
    void incorrectNamesTheFirstFailingTrialAndItsError() throws IOException {
        KernelJudgement j = KernelJudgement.of(HarnessOutput.parse(recorded("incorrect.out"), "5eed5eed5eed").result().get(), MeasurementPlan.defaults());
        assertThat(j.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(j.reason()).isEqualTo("trial 2: max abs error NaN (atol = rtol = 1e-04): values differ beyond atol=rtol=0.0001");
        assertThat(j.measurement()).isEmpty();
    }

    @Test
    void anExpertThreeTimesFasterIsImprovedWithItsInterval() throws IOException {
        KernelJudgement j = KernelJudgement.of(HarnessOutput.parse(recorded("expert.out"), "a1b2c3").result().get(), MeasurementPlan.defaults());
        assertThat(j.verdict()).isEqualTo(Verdict.IMPROVED);
        var s = j.measurement().get().speedup();
        assertThat(s.ratio()).isBetween(2.9, 3.2);
        assertThat(s.low()).isGreaterThan(1.05).isLessThanOrEqualTo(s.ratio());
        assertThat(j.measurement().get().baseline().size()).isEqualTo(100);
        assertThat(j.reason()).contains("CUDA events, 100 interleaved calls a side, NVIDIA H100");
        assertThat(KernelJudgement.implausible(j, 10)).isFalse();
        assertThat(KernelJudgement.implausible(j, 2)).isTrue();
    }

    @Test
    void theReferenceAgainstItselfIsNeutral() throws IOException {
        KernelJudgement j = KernelJudgement.of(HarnessOutput.parse(recorded("self.out"), "a1b2c3").result().get(), MeasurementPlan.defaults());
        assertThat(j.verdict()).isEqualTo(Verdict.NEUTRAL);
    }

    @Test
    void statusesThatAreNotVerdictsAreSetupProblems() {
        var noGpu = new HarnessResult("no_gpu", "all", "", "torch.cuda.is_available() is False", List.of(), java.util.Optional.empty());
        assertThat(KernelJudgement.of(noGpu, MeasurementPlan.defaults()).setupProblem()).contains("torch.cuda.is_available() is False");
        var tampered = new HarnessResult("tampered", "all", "", "the candidate replaced the harness's timing primitives: torch.cuda.Event.elapsed_time",
                List.of(), java.util.Optional.empty());
        assertThat(KernelJudgement.of(tampered, MeasurementPlan.defaults()).verdict()).isEqualTo(Verdict.REJECTED);
        var build = new HarnessResult("build_failed", "build", "", "Traceback...\nRuntimeError: Error building extension 'x'", List.of(), java.util.Optional.empty());
        assertThat(KernelJudgement.of(build, MeasurementPlan.defaults()).reason()).isEqualTo("does not build: RuntimeError: Error building extension 'x'");
    }

    @Test
    void malformedResultsAreReportedNotThrown() {
        assertThat(HarnessOutput.parse("", "n").problem()).contains("printed no result");
        assertThat(HarnessOutput.parse("PERFAGENT-KERNEL-RESULT n {", "n").problem()).contains("not JSON");
        assertThat(HarnessOutput.parse("PERFAGENT-KERNEL-RESULT n {\"protocol\": \"other/2\", \"status\": \"ok\"}", "n").problem()).contains("protocol 'other/2'");
        assertThat(HarnessOutput.parse("PERFAGENT-KERNEL-RESULT n {\"protocol\": \"perfagent-kernel/1\", \"status\": \"ok\", "
                + "\"timing\": {\"reference_ms\": [1, 2], \"candidate_ms\": [1]}}", "n").problem()).contains("2 reference times but 1 candidate");
    }

    /** The real script, run with python3 here (standard library only): its result line parses on the Java side. */
    @Test
    void theHarnessScriptsSelftestSpeaksTheProtocol(@TempDir Path dir) throws Exception {
        Path script = dir.resolve(KernelScripts.HARNESS);
        Files.writeString(script, KernelScripts.text(KernelScripts.HARNESS));
        Process p = new ProcessBuilder("python3", "-B", script.toString(), "--mode", "selftest").start();
        p.getOutputStream().write("feedface\n".getBytes());
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        HarnessResult r = HarnessOutput.parse(out, "feedface").result().orElseThrow();
        assertThat(r.trials()).hasSize(2);
        assertThat(r.trials().get(1).maxAbsErr()).isNaN();
        assertThat(r.timing().get().candidateMs()).containsExactly(1.0, 1.1, 0.9, 1.0);
        // without torch the real modes say so, in the protocol, instead of crashing
        Process q = new ProcessBuilder("python3", "-B", script.toString(), "--mode", "all").start();
        q.getOutputStream().write("n2\n".getBytes());
        q.getOutputStream().close();
        String out2 = new String(q.getInputStream().readAllBytes());
        q.waitFor();
        HarnessResult r2 = HarnessOutput.parse(out2, "n2").result().orElseThrow();
        assertThat(r2.status()).isIn("no_torch", "no_gpu");
    }
}
