package dev.perfagent.agent.loop;

import dev.perfagent.agent.llm.StubProviders;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.CandidateCheck;
import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 random or mangled model replies through the real reply reader and the loop: no crash; each becomes feedback
 * for the model, or a candidate that is REJECTED (it touches a file it may not) or judged.
 */
class LoopFuzzTest {
    @TempDir
    Path runDir;

    static final List<String> REAL = List.of(StubProviders.recorded("search-replace.md"), StubProviders.recorded("unified-diff.md"),
            StubProviders.recorded("whole-file.md"));

    static String mangle(Random r, int i) {
        String real = REAL.get(r.nextInt(REAL.size()));
        return switch (i % 8) {
            case 0 -> real.substring(0, r.nextInt(real.length()));                       // cut off mid-reply
            case 1 -> real.replace("Main.java", r.nextBoolean() ? "MainTest.java" : "../../etc/passwd"); // the wrong file
            case 2 -> {                                                                    // lines shuffled
                List<String> lines = new ArrayList<>(real.lines().toList());
                java.util.Collections.shuffle(lines, r);
                yield String.join("\n", lines);
            }
            case 3 -> real.replace("<<<<<<< SEARCH", "<<<<<<< SEARCH\n    // not in the file " + r.nextInt());
            case 4 -> {                                                                    // random bytes as text
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < r.nextInt(2000); k++) b.append((char) r.nextInt(0x2FFF));
                yield b.toString();
            }
            case 5 -> real.replaceAll("[=<>]{7}", r.nextBoolean() ? "=====" : ">>>>>>>");  // broken markers
            case 6 -> "```\n" + real.repeat(1 + r.nextInt(3));                             // unbalanced fences, repeated edits
            default -> real.replace("StringBuilder", "StringBuffer" + r.nextInt(3));       // edits that may not compile
        };
    }

    @Test
    void aThousandMangledRepliesBecomeFeedbackOrJudgedCandidatesNeverACrash() throws Exception {
        Random random = new Random(20261124);
        Proposer mangler = new Proposer() {
            int i;

            @Override
            public String name() {
                return "fuzz";
            }

            @Override
            public List<Proposal> propose(ProposalRequest r) {
                List<Proposal> out = new ArrayList<>();
                for (int k = 0; k < r.count(); k++) out.add(Proposal.ofReply("fuzz", mangle(random, i++), new Usage(10, 10, 0)));
                return out;
            }
        };
        List<String> verdicts = new ArrayList<>();
        CandidateJudge judge = (Task task, Candidate c) -> {
            Optional<String> rejected = CandidateCheck.rejection(task, c);
            Verdict v = rejected.isPresent() ? Verdict.REJECTED : Verdict.BUILD_FAILED;
            verdicts.add(v.name());
            return new CandidateJudge.Judged(Outcome.of(v, rejected.orElse("not built in this test"), v.name()), Map.of());
        };
        var parts = AgentLoop.Parts.of(mangler, judge).withBudget(budget(1000, 1000));
        RunResult result;
        try (Trajectory t = Trajectory.open(runDir)) {
            result = new AgentLoop(task(), parts, t, Replay.none()).run();
        }

        assertThat(result.failed()).isFalse();
        assertThat(result.stopReason()).startsWith("round budget spent (1000 of 1000)");
        int feedback = 0;
        int rejected = 0;
        for (Attempt a : result.attempts()) {
            if (a.problem().isPresent()) {
                assertThat(a.problem().get()).isNotBlank();
                feedback++;
            } else if (!a.files().keySet().stream().allMatch(task()::isEditable)) {
                assertThat(a.outcome().get().verdict()).isEqualTo(Verdict.REJECTED);
                rejected++;
            } else {
                assertThat(a.files().keySet()).allMatch(task()::isEditable);
            }
        }
        assertThat(feedback).isGreaterThan(300);
        // whole-file replies naming a test file or a path outside the sources; identical ones are judged once
        assertThat(rejected).isPositive();
        // duplicates of an already-judged candidate are dropped, everything else is an attempt
        assertThat(result.attempts().size()).isGreaterThan(800);
    }
}
