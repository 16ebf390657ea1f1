package dev.perfagent.agent.coderjudge;

import dev.perfagent.agent.loop.Advice;
import dev.perfagent.agent.loop.Advisor;
import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.OptimizePrompt;
import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.prompts.Prompt;
import dev.perfagent.prompts.PromptInputs;
import dev.perfagent.prompts.Prompts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judge: renders {@code judge.v1} for the attempt just made (its code, what the evaluator said, the Nsight Compute
 * table when it ran correctly, what was tried) and asks its model — the coder's or another, {@code --judge-model} — for
 * the ONE next change. A failed kernel gets a repair instruction, a correct one the bottleneck to remove. The reply's
 * "Next change:" becomes the instruction; "Next change: none" ends the lineage.
 */
public final class JudgeAdvisor implements Advisor {
    private static final Pattern NEXT = Pattern.compile("(?is)next change:\\s*(.+?)(?:\\n\\s*risk:|\\z)");

    private final Proposer judge;
    private final KernelMetricsSource metrics;
    private final long seed;

    public JudgeAdvisor(Proposer judge, KernelMetricsSource metrics, long seed) {
        this.judge = judge;
        this.metrics = metrics;
        this.seed = seed;
    }

    @Override
    public Optional<Advice> advise(Request r) {
        Attempt last = r.last();
        boolean ran = last.outcome().map(o -> o.verdict().isCorrect()).orElse(false);
        String table = ran ? metrics.table(r.task(), last.id(), last.files()) : "";
        Prompt prompt = PromptInputs.defaults().withTask(r.task().description()).withLanguage(r.task().language().id())
                .withParent(last.id() + ": " + last.describe()).withFiles(last.files()).withFeedback(OptimizePrompt.feedback(last))
                .withAttempts(r.tried().stream().map(OptimizePrompt::summary).toList()).withBudget(r.budgetLeft()).withMetrics(table).render(Prompts.JUDGE);
        List<Proposal> replies = judge.propose(new ProposalRequest(r.task(), last.id(), last.files(), prompt, 1, last.round(),
                seed * 31 + last.index(), r.received()));
        if (replies.isEmpty()) return Optional.empty();
        String reply = replies.get(0).reply().orElse(replies.get(0).summary());
        String instruction = instruction(reply);
        boolean done = instruction.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "").equals("none");
        Usage usage = replies.get(0).usage();
        return Optional.of(new Advice(last.index(), last.lineage(), done ? "" : instruction, table, reply, done, usage));
    }

    /** The "Next change:" paragraph of the reply; the whole reply when the judge did not keep to the form. */
    static String instruction(String reply) {
        Matcher m = NEXT.matcher(reply);
        return (m.find() ? m.group(1) : reply).strip();
    }
}
