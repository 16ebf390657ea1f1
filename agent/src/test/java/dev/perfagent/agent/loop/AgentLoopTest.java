package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.ProposerException;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class AgentLoopTest {
    @TempDir
    Path runDir;

    private RunResult run(AgentLoop.Parts parts) throws Exception {
        try (Trajectory t = Trajectory.open(runDir)) {
            return new AgentLoop(task(), parts, t, Replay.none()).run();
        }
    }

    @Test
    void refineBuildsEachRoundOnTheBestSoFar() throws Exception {
        var proposer = new MarkingProposer(Usage.NONE);
        RunResult r = run(parts(proposer, Strategy.named("refine", 1), new CountingJudge(c -> null), budget(3, 10)));

        assertThat(r.attempts()).extracting(Attempt::parentId).containsExactly("original", "c1", "c2");
        assertThat(r.best()).get().extracting(Attempt::id).isEqualTo("c3");
        assertThat(r.best().get().files().get(FILE)).contains("// step 1", "// step 2", "// step 3");
        assertThat(r.stopReason()).startsWith("round budget spent");
    }

    @Test
    void stopsAtTheFirstBudgetSpentAndSaysWhich() throws Exception {
        assertThat(run(parts(new MarkingProposer(Usage.NONE), Strategy.named("best-of-n", 3), new CountingJudge(c -> null), budget(10, 4))).stopReason())
                .startsWith("candidate budget spent (4 of 4)");
        assertThat(run(parts(new MarkingProposer(new Usage(600, 400, 0.01)), Strategy.named("refine", 1), new CountingJudge(c -> null),
                budget(10, 10).withTokens(2500))).stopReason()).startsWith("token budget spent");
        assertThat(run(parts(new MarkingProposer(new Usage(10, 10, 0.30)), Strategy.named("refine", 1), new CountingJudge(c -> null),
                budget(10, 10).withMoney(1.0))).stopReason()).startsWith("money budget spent");
    }

    @Test
    void aFailedCandidateIsNotBuiltOnAndItsFeedbackReachesTheNextPrompt() throws Exception {
        var proposer = new MarkingProposer(Usage.NONE);
        RunResult r = run(parts(proposer, Strategy.named("refine", 1),
                new CountingJudge(c -> c.id().equals("c1") ? Verdict.INCORRECT : null), budget(2, 10)));

        assertThat(r.attempts()).extracting(Attempt::parentId).containsExactly("original", "original");
        assertThat(r.attempts().get(0).describe()).isEqualTo("INCORRECT");
        ProposalRequest second = proposer.requests.get(1);
        assertThat(second.parentId()).isEqualTo("original");
        assertThat(second.round()).isEqualTo(2);
    }

    @Test
    void anUnreadableReplyBecomesFeedbackNotACrash() throws Exception {
        Proposer talker = new Proposer() {
            @Override
            public String name() {
                return "talker";
            }

            @Override
            public List<Proposal> propose(ProposalRequest r) {
                return List.of(Proposal.ofReply("talker", "I would rather not.", new Usage(100, 5, 0.001)));
            }
        };
        var judge = new CountingJudge(c -> null);
        RunResult r = run(parts(talker, Strategy.named("refine", 1), judge, budget(2, 10)));

        assertThat(judge.calls.get()).isZero();
        assertThat(r.attempts()).hasSize(2).allSatisfy(a -> assertThat(a.problem()).get().asString().contains("cannot read"));
        assertThat(r.spend().usage().tokens()).isEqualTo(210);
        assertThat(r.failed()).isFalse();
    }

    @Test
    void aModelErrorEndsTheRunWithItsMessageAndKeepsTheTrajectory() throws Exception {
        Proposer refused = new Proposer() {
            @Override
            public String name() {
                return "refused";
            }

            @Override
            public List<Proposal> propose(ProposalRequest r) {
                throw new ProposerException("the API key in OPENAI_API_KEY was rejected: check it");
            }
        };
        RunResult r = run(parts(refused, Strategy.named("refine", 1), new CountingJudge(c -> null), budget(2, 10)));

        assertThat(r.failed()).isTrue();
        assertThat(r.stopReason()).contains("OPENAI_API_KEY was rejected");
        assertThat(Trajectory.read(runDir).events()).extracting(TrajectoryEvent::type).contains("prompt", "error", "stop");
    }

    @Test
    void aProposerThatRepeatsItselfIsAskedForMoreAndDuplicatesAreNotJudgedTwice() throws Exception {
        // like the rules: always the same proposals in the same order, as many as asked for
        Proposer fixed = new Proposer() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public List<Proposal> propose(ProposalRequest r) {
                List<String> all = List.of("A", "B", "C");
                return all.subList(0, Math.min(r.count(), all.size())).stream()
                        .map(x -> Proposal.ofFiles("fixed", x, Map.of(FILE, r.parentFiles().get(FILE) + "// " + x + "\n"))).toList();
            }
        };
        var judge = new CountingJudge(c -> Verdict.NEUTRAL);
        RunResult r = run(parts(fixed, Strategy.named("refine", 1), judge, budget(10, 10)));

        assertThat(r.attempts()).extracting(Attempt::summary).containsExactly("A", "B", "C");
        assertThat(judge.calls.get()).isEqualTo(3);
        assertThat(r.stopReason()).startsWith("converged");
    }
}
