package dev.perfagent.agent.loop;

import dev.perfagent.datasets.TaskKind;
import dev.perfagent.prompts.AttemptSummary;
import dev.perfagent.prompts.Prompt;
import dev.perfagent.prompts.PromptInputs;
import dev.perfagent.prompts.Prompts;
import dev.perfagent.prompts.Speedup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The optimize prompt: the parent's files, what happened to the lineage's last candidate (or why its reply could not
 * be used), every earlier attempt in a line, the profile's hot frames and the budget left.
 */
public final class OptimizePrompt implements PromptSource {

    @Override
    public Prompt render(Context c) {
        String parent = c.parentId().equals(Pick.ORIGINAL) ? "" : describeParent(c);
        String feedback = c.lineage().isEmpty() ? "" : feedback(c.lineage().get(c.lineage().size() - 1));
        List<AttemptSummary> attempts = c.tried().stream().map(OptimizePrompt::summary).toList();
        PromptInputs inputs = PromptInputs.defaults().withTask(c.task().description())
                .withLanguage(c.task().language().name().toLowerCase(Locale.ROOT)).withParent(parent).withFiles(c.files())
                .withFeedback(feedback).withHotFrames(c.hotFrames()).withAttempts(attempts).withBudget(c.budgetLeft());
        if (c.advice().isPresent()) inputs = inputs.withInstruction(c.advice().get().instruction()).withMetrics(c.advice().get().metrics());
        // kernel tasks get the CUDA prompt: ModelNew with load_inline, how kernels are judged, what is rejected
        return inputs.render(c.task().kind() == TaskKind.KERNEL ? Prompts.KERNEL : Prompts.OPTIMIZE);
    }

    private static String describeParent(Context c) {
        return c.tried().stream().filter(a -> a.id().equals(c.parentId())).findFirst()
                .map(a -> "round " + a.round() + ", " + a.id() + ": " + a.describe()).orElse(c.parentId());
    }

    /** The lineage's last candidate: its evaluation's feedback, or the problem with its reply. */
    public static String feedback(Attempt last) {
        String head = "Candidate " + last.id() + (last.summary().isBlank() ? "" : " (" + last.summary() + ")") + ": ";
        return head + last.problem().orElseGet(() -> last.outcome().map(Outcome::feedback).orElse(""));
    }

    public static AttemptSummary summary(Attempt a) {
        String verdict = a.outcome().map(o -> o.verdict().name()).orElse("UNPARSED");
        Optional<Speedup> s = a.outcome().flatMap(o -> o.speedup().map(x -> new Speedup(x, o.low().orElse(0.0),
                o.high().orElse(Double.POSITIVE_INFINITY))));
        return new AttemptSummary(a.round(), a.index(), a.summary().isBlank() ? "(no description)" : a.summary(), verdict, s);
    }
}
