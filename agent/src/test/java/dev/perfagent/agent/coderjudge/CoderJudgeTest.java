package dev.perfagent.agent.coderjudge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfagent.agent.loop.AgentLoop;
import dev.perfagent.agent.loop.Budget;
import dev.perfagent.agent.loop.CandidateJudge;
import dev.perfagent.agent.loop.Outcome;
import dev.perfagent.agent.loop.Replay;
import dev.perfagent.agent.loop.RunResult;
import dev.perfagent.agent.loop.Strategy;
import dev.perfagent.agent.loop.Trajectory;
import dev.perfagent.agent.propose.ReplayProposer;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * coder-judge without a GPU or a model: recorded coder and judge replies, a scripted kernel judge (verdicts by what
 * the kernel file says) and a fake Nsight source. The judge's one instruction and the metrics it read reach the
 * coder's next prompt; the coder builds on its latest kernel even when that was not yet faster; the judge's
 * "none" ends the run; and a resumed run replays the advice instead of asking the judge again.
 */
class CoderJudgeTest {
    static final Path TASK = Path.of("..", "datasets", "suites", "kernels", "softmax-rows");
    static final String TABLE = "kernel softmax_rows_kernel (1 launch, grid (4096, 1, 1), block (32, 1, 1))\n"
            + "  achieved occupancy               12.40 %\n  stall: long scoreboard           71.02 %";

    /** Whole-file replies: v1 a slow one-warp-per-row kernel, v2 the same with 1024 threads a row. */
    static String coder(String version) {
        return "Version " + version + ".\n\nmodel.py\n```\n"
                + "import torch\nimport torch.nn as nn\n# kernel " + version + "\n\nclass ModelNew(nn.Module):\n    def forward(self, x):\n        return x\n```\n";
    }

    static final String JUDGE_1 = "Diagnosis: one warp per row leaves occupancy at 12% and warps wait on global loads (long scoreboard 71%).\n"
            + "Next change: launch 1024 threads per row and reduce the max and sum with warp shuffles, then shared memory.\n"
            + "Risk: the row sum must still be in fp32.";
    static final String JUDGE_2 = "Diagnosis: DRAM throughput is at 86% of peak; the kernel is memory-bound at its floor.\nNext change: none\nRisk: none.";

    /** Verdicts by what the kernel file says: v1 correct but no faster, v2 twice as fast. */
    static final class ScriptedKernelJudge implements CandidateJudge {
        final List<String> judged = new ArrayList<>();

        @Override
        public Judged judge(Task task, Candidate c) {
            String file = c.files().getOrDefault("model.py", "");
            judged.add(c.id());
            Outcome o = file.contains("# kernel v2")
                    ? Outcome.of(Verdict.IMPROVED, "scripted", "2.00× [1.90×, 2.10×], IMPROVED").withSpeedup(Optional.of(2.0), Optional.of(1.9), Optional.of(2.1))
                    : Outcome.of(Verdict.NEUTRAL, "scripted", "1.00× [0.97×, 1.03×], NEUTRAL").withSpeedup(Optional.of(1.0), Optional.of(0.97), Optional.of(1.03));
            return new Judged(o, Map.of("verdict", o.verdict().name()));
        }
    }

    static ReplayProposer replies(String name, String... texts) {
        List<ReplayProposer.Recorded> r = new ArrayList<>();
        for (String t : texts) r.add(ReplayProposer.Recorded.of(t, new Usage(100, 20, 0)));
        return new ReplayProposer(name, r);
    }

    static AgentLoop.Parts parts(ReplayProposer coder, ReplayProposer judge, CandidateJudge kernels, List<String> metricsAsked) {
        KernelMetricsSource ncu = (task, id, files) -> {
            metricsAsked.add(id);
            return TABLE;
        };
        return AgentLoop.Parts.of(coder, kernels).withStrategy(Strategy.named("coder-judge", 1))
                .withBudget(Budget.defaults().withRounds(5).withCandidates(10)).withSeed(7).withAdvisor(new JudgeAdvisor(judge, ncu, 7));
    }

    @Test
    void theJudgesInstructionAndTheNcuTableReachTheNextCoderPrompt(@TempDir Path runs) throws Exception {
        Task task = TaskYaml.load(TASK);
        List<String> metricsAsked = new ArrayList<>();
        ScriptedKernelJudge kernels = new ScriptedKernelJudge();
        RunResult result;
        try (Trajectory t = Trajectory.open(runs)) {
            result = new AgentLoop(task, parts(replies("coder", coder("v1"), coder("v2"), coder("v3")), replies("judge", JUDGE_1, JUDGE_2),
                    kernels, metricsAsked), t, Replay.none()).run();
        }
        assertThat(result.stopReason()).isEqualTo("converged: the judge names no further change");
        // c2 twice: screened, then confirmed against the original in a measurement of its own before it is the best
        assertThat(kernels.judged).containsExactly("c1", "c2", "c2");
        assertThat(metricsAsked).containsExactly("c1", "c2");
        assertThat(result.best().get().id()).isEqualTo("c2");

        List<JsonNode> events = Trajectory.read(runs);
        List<JsonNode> prompts = events.stream().filter(e -> e.path("type").asText().equals("prompt")).toList();
        assertThat(prompts).hasSize(2);
        String first = prompts.get(0).path("prompt").path("user").asText();
        String second = prompts.get(1).path("prompt").path("user").asText();
        assertThat(prompts.get(0).path("prompt").path("id").asText()).isEqualTo("kernel");
        assertThat(first).doesNotContain("reviewer's instruction");
        // round 2: the judge's one instruction and the table it read, on the coder's own latest kernel (not faster yet)
        assertThat(second).contains("# The reviewer's instruction for this round (do exactly this)\n"
                + "launch 1024 threads per row and reduce the max and sum with warp shuffles, then shared memory.");
        assertThat(second).contains("# Nsight Compute metrics of these kernels\n" + TABLE);
        assertThat(second).contains("These are the current kernel (round 1, c1: NEUTRAL").contains("# kernel v1");
        assertThat(prompts.get(1).path("parent").asText()).isEqualTo("c1");

        List<JsonNode> advice = events.stream().filter(e -> e.path("type").asText().equals("advice")).toList();
        assertThat(advice).hasSize(2);
        assertThat(advice.get(0).path("advice").path("metrics").asText()).isEqualTo(TABLE);
        assertThat(advice.get(1).path("advice").path("done").asBoolean()).isTrue();
        // the judge saw the measurement and the metrics of the kernel it judged
        assertThat(result.spend().usage().inputTokens()).isEqualTo(4 * 100);
    }

    @Test
    void aResumedRunReplaysTheAdviceInsteadOfAskingTheJudgeAgain(@TempDir Path runs) throws Exception {
        Task task = TaskYaml.load(TASK);
        try (Trajectory t = Trajectory.open(runs)) {
            new AgentLoop(task, parts(replies("coder", coder("v1"), coder("v2")), replies("judge", JUDGE_1, JUDGE_2),
                    new ScriptedKernelJudge(), new ArrayList<>()), t, Replay.none()).run();
        }
        List<String> metricsAsked = new ArrayList<>();
        ScriptedKernelJudge kernels = new ScriptedKernelJudge();
        ReplayProposer judge = replies("judge", "Next change: something the judge must not be asked for");
        RunResult again;
        try (Trajectory t = Trajectory.open(runs.resolve("again"))) {
            again = new AgentLoop(task, parts(replies("coder", coder("v1"), coder("v2")), judge, kernels, metricsAsked), t,
                    Replay.of(Trajectory.read(runs))).run();
        }
        assertThat(again.stopReason()).isEqualTo("converged: the judge names no further change");
        assertThat(kernels.judged).isEmpty();
        assertThat(metricsAsked).isEmpty();
        assertThat(judge.remaining()).isEqualTo(1);
    }

    @Test
    void theInstructionIsTheNextChangeParagraph() {
        assertThat(JudgeAdvisor.instruction(JUDGE_1)).isEqualTo("launch 1024 threads per row and reduce the max and sum with warp shuffles, then shared memory.");
        assertThat(JudgeAdvisor.instruction("Use float4 loads.")).isEqualTo("Use float4 loads.");
    }
}
