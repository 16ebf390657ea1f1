package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.prompts.Prompt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loop without a sandbox: a task from the bundled examples, a proposer that appends a marker line to the parent's
 * file (so children visibly build on their parents), and a judge that scores a candidate by how many markers it has.
 */
final class LoopFixture {
    static final Path EXAMPLES = Path.of("..", "datasets", "suites", "examples");
    static final String FILE = "Main.java";

    static Task task() throws dev.perfagent.datasets.TaskFormatException {
        return TaskYaml.load(EXAMPLES.resolve("java-report-concat"));
    }

    /** Each proposal appends "// step N", N counting every proposal of the run (as a replay of recorded replies does); replies when {@code asReply}, direct files otherwise. */
    static final class MarkingProposer implements Proposer {
        final AtomicInteger next = new AtomicInteger();
        final List<ProposalRequest> requests = new ArrayList<>();
        final Usage usage;

        MarkingProposer(Usage usage) {
            this.usage = usage;
        }

        @Override
        public String name() {
            return "marking";
        }

        @Override
        public List<Proposal> propose(ProposalRequest r) {
            requests.add(r);
            List<Proposal> out = new ArrayList<>();
            for (int i = 0; i < r.count(); i++) {
                int n = r.received() + i + 1;
                next.incrementAndGet();
                String changed = r.parentFiles().get(FILE) + "// step " + n + "\n";
                out.add(new Proposal(name(), "step " + n, Optional.empty(), Map.of(FILE, changed), usage));
            }
            return out;
        }
    }

    /** Scores by the number of marker lines: each one is worth 1.5×, verdicts follow; every call is counted. */
    static final class CountingJudge implements CandidateJudge {
        final AtomicInteger calls = new AtomicInteger();
        final Function<Candidate, Verdict> override;

        CountingJudge(Function<Candidate, Verdict> override) {
            this.override = override;
        }

        @Override
        public Judged judge(Task task, Candidate c) {
            calls.incrementAndGet();
            long markers = c.files().getOrDefault(FILE, "").lines().filter(l -> l.strip().startsWith("// step")).count();
            Verdict v = override.apply(c);
            if (v == null) v = markers > 0 ? Verdict.IMPROVED : Verdict.NEUTRAL;
            double s = Math.pow(1.5, markers);
            Outcome o = v.isCorrect()
                    ? Outcome.of(v, "scripted", v + " " + s).withSpeedup(Optional.of(s), Optional.of(s * 0.9), Optional.of(s * 1.1))
                    : Outcome.of(v, "scripted", v + ": scripted failure");
            return new Judged(o, Map.of("verdict", v.name()));
        }
    }

    static AgentLoop.Parts parts(Proposer p, Strategy s, CandidateJudge j, Budget b) {
        return AgentLoop.Parts.of(p, j).withStrategy(s)
                .withPrompts(ctx -> new Prompt("test", "v1", "system", "user " + ctx.parentId() + " " + ctx.budgetLeft()))
                .withReplies((reply, files) -> new ReplyReader.Read(Map.of(), "cannot read: " + reply)).withBudget(b).withSeed(7);
    }

    static Budget budget(int rounds, int candidates) {
        return Budget.defaults().withRounds(rounds).withCandidates(candidates);
    }
}
