package dev.perfagent.agent.pr;

import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * {@code perfagent pr} from options to exit code, for the CLI and for tests that inject the environment (GitHub's
 * variables), the sandbox and the proposer. Everything the user can fix fails before anything is measured.
 */
public final class PrMode {
    /** Exit codes, as the CLI's: 0 fine, 1 the gate failed (a regression with --fail-on-regression), 2 bad input. */
    public static final int OK = 0;
    public static final int REGRESSED = 1;

    private PrMode() {
    }

    /**
     * The suggestion blocks again as review comments on the lines they replace, where GitHub allows it. An extra: the
     * PR comment already holds every suggestion, so a refusal here is reported, not fatal.
     */
    private static void review(PrResult r, GitHubEnv.Target target, PrintWriter out) {
        if (r.suggestions().isEmpty() || r.suggestions().get().suggestions().isEmpty()) return;
        try {
            ReviewSuggestions.Posted p = ReviewSuggestions.post(target, r.head(), r.suggestions().get().suggestions(), r.reviewable());
            out.println("review comments: " + p.posted() + " posted, " + p.already() + " already on the pull request, "
                    + p.offDiff() + " on lines outside the diff (in the PR comment only)");
        } catch (IOException e) {
            out.println("review comments not posted (" + GitHubRefusal.githubMessage(e).orElse(e.getClass().getSimpleName())
                    + "): the suggestions are in the PR comment");
        }
    }

    /** Runs PR mode; a {@link PrException} carries the one line for a bad input (the CLI turns it into exit 2). */
    public static int execute(PrOptions o, Map<String, String> environment, Sandbox sandbox, OptimizeRun.Makers makers,
                              PrintWriter out, PrintWriter err) throws IOException {
        GitHubEnv env = GitHubEnv.from(environment);
        // a missing token must not cost the user a whole measurement first
        Optional<GitHubEnv.Target> target = o.comment() ? Optional.of(env.commentTarget(o.pullRequest())) : Optional.empty();
        PrResult r = new PrRun(sandbox, makers, err).run(o);
        String markdown = PrOutputs.write(r, o, env, out);
        out.println("perfagent pr: " + PrMarkdown.headline(r));
        for (BenchResult b : r.benchmarks()) {
            out.println("  " + b.label() + "  " + b.name() + "  " + b.speedup().map(Object::toString).orElse("")
                    + (b.inconclusive().map(i -> "  (" + i + ")").orElse("")));
        }
        r.suggestions().ifPresent(f -> out.println("suggestions: " + f.suggestions().size() + " verified"));
        out.println("summary: " + o.out().resolve("summary.json"));
        out.flush();
        Optional<String> commentUrl = Optional.empty();
        if (target.isPresent()) {
            PrComment.Posted posted = PrOutputs.post(target.get(), markdown, o);
            out.println("comment " + posted.action() + ": " + posted.url());
            commentUrl = Optional.of(posted.url());
            review(r, target.get(), out);
            out.flush();
        }
        StepOutputs.write(environment, r, o.out().resolve("summary.json"), commentUrl);
        return o.failOnRegression() && r.failsGate() ? REGRESSED : OK;
    }
}
