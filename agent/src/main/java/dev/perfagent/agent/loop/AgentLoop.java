package dev.perfagent.agent.loop;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.agent.propose.Proposer;
import dev.perfagent.agent.propose.ProposerException;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.prompts.Prompt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agent: while the budget lasts and the strategy has parents to build on, render a prompt, ask the proposer,
 * turn its replies into candidates, judge each in the sandbox, and let the strategy see the results. Every step is
 * appended to the trajectory as it happens; a resumed run replays finished steps from it instead of redoing them.
 * The budget is checked in one place ({@link Spend}).
 */
public final class AgentLoop {
    /** How many times a pick may ask again, for more proposals, when all it got were already tried. */
    private static final int WIDENINGS = 3;

    private final Task task;
    private final Parts parts;
    private final Trajectory trajectory;
    private final Replay replay;
    private final Spend spend;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private List<dev.perfagent.prompts.HotFrame> hotFrames = List.of();
    private String hotFramesOf = "";
    private int received;
    /** The latest advice per lineage (coder-judge), and how many were given. */
    private final Map<Integer, Advice> advice = new java.util.HashMap<>();
    private int advised;

    /** What the loop is made of; the seams a test or another front end (PR mode, bench) swaps. */
    public record Parts(Proposer proposer, Strategy strategy, CandidateJudge judge, PromptSource prompts,
                        ReplyReader replies, ProfileSource profiles, Budget budget, long seed, Progress progress,
                        Advisor advisor) {

        /**
         * What proposes and what judges; the rest at its defaults: refine on one lineage, the optimize prompt, edits
         * read from the reply, no profile, {@link Budget#defaults()}, seed 1, silent, no advisor.
         */
        public static Parts of(Proposer proposer, CandidateJudge judge) {
            return new Parts(proposer, Strategy.named("refine", 1), judge, new OptimizePrompt(), new EditsReader(), ProfileSource.NONE,
                    Budget.defaults(), 1L, Progress.SILENT, Advisor.NONE);
        }

        public Parts withProposer(Proposer v) {
            return new Parts(v, strategy, judge, prompts, replies, profiles, budget, seed, progress, advisor);
        }

        public Parts withStrategy(Strategy v) {
            return new Parts(proposer, v, judge, prompts, replies, profiles, budget, seed, progress, advisor);
        }

        public Parts withJudge(CandidateJudge v) {
            return new Parts(proposer, strategy, v, prompts, replies, profiles, budget, seed, progress, advisor);
        }

        public Parts withPrompts(PromptSource v) {
            return new Parts(proposer, strategy, judge, v, replies, profiles, budget, seed, progress, advisor);
        }

        public Parts withReplies(ReplyReader v) {
            return new Parts(proposer, strategy, judge, prompts, v, profiles, budget, seed, progress, advisor);
        }

        public Parts withProfiles(ProfileSource v) {
            return new Parts(proposer, strategy, judge, prompts, replies, v, budget, seed, progress, advisor);
        }

        public Parts withBudget(Budget v) {
            return new Parts(proposer, strategy, judge, prompts, replies, profiles, v, seed, progress, advisor);
        }

        public Parts withSeed(long v) {
            return new Parts(proposer, strategy, judge, prompts, replies, profiles, budget, v, progress, advisor);
        }

        public Parts withProgress(Progress v) {
            return new Parts(proposer, strategy, judge, prompts, replies, profiles, budget, seed, v, advisor);
        }

        public Parts withAdvisor(Advisor v) {
            return new Parts(proposer, strategy, judge, prompts, replies, profiles, budget, seed, progress, v);
        }
    }

    public AgentLoop(Task task, Parts parts, Trajectory trajectory, Replay replay) {
        this.task = task;
        this.parts = parts;
        this.trajectory = trajectory;
        this.replay = replay;
        this.spend = new Spend(parts.budget(), replay.earlier());
    }

    public RunResult run() throws TaskSetupException {
        String stop;
        boolean failed = false;
        try {
            stop = search();
        } catch (ProposerException e) {
            stop = "the model failed: " + e.getMessage();
            failed = true;
            trajectory.append("error", Map.of("message", e.getMessage()));
        }
        // confirmed before the stop is recorded: a trajectory that ends with "stop" has its confirmation
        Optional<Attempt> screened = state(spend.rounds()).best();
        Optional<Confirmation> confirmation = screened.isPresent() ? Optional.of(confirm(screened.get())) : Optional.empty();
        trajectory.append("stop", Map.of("reason", stop, "failed", failed, "candidates", spend.candidates(), "rounds", spend.rounds(),
                "tokensIn", spend.usage().inputTokens(), "tokensOut", spend.usage().outputTokens(), "cost", spend.usage().cost()));
        Optional<Attempt> best = confirmation.filter(Confirmation::confirmed).flatMap(c -> screened);
        RunResult result = new RunResult(attempts, best, stop, spend, failed, confirmation);
        parts.progress().finished(result);
        return result;
    }

    private String search() throws TaskSetupException {
        while (true) {
            Optional<String> exhausted = spend.exhausted();
            if (exhausted.isPresent()) return exhausted.get();
            int round = spend.rounds() + 1;
            List<Pick> picks = parts.strategy().plan(state(round));
            if (picks.isEmpty()) return "the strategy has nothing more to build on";
            spend.round();
            parts.progress().round(round, parts.budget().rounds());
            refreshProfile();
            int fresh = 0;
            for (int p = 0; p < picks.size(); p++) {
                Optional<String> out = spend.exhaustedWithinRound();
                if (out.isPresent()) return out.get();
                fresh += expand(round, p, picks.get(p));
            }
            if (fresh == 0) {
                return spend.exhaustedWithinRound().orElse("converged: round " + round + " brought nothing new to try");
            }
            if (!advice.isEmpty() && picks.stream().allMatch(p -> advice.containsKey(p.lineage()) && advice.get(p.lineage()).done())) {
                return "converged: the judge names no further change";
            }
        }
    }

    /** Asks for the pick's children and judges each new one; returns how many new candidates it tried. */
    private int expand(int round, int pickIndex, Pick pick) throws TaskSetupException {
        Map<String, String> parentFiles = editableFiles(pick.parentFiles());
        int count = pick.children();
        for (int widening = 0; widening <= WIDENINGS; widening++) {
            String key = "r" + round + ".p" + pickIndex + ".w" + widening;
            List<Proposal> proposals = propose(key, round, pick, parentFiles, count);
            int fresh = 0;
            for (Proposal proposal : proposals) {
                if (spend.exhaustedWithinRound().isPresent()) return fresh;
                if (tryProposal(round, pick, parentFiles, proposal)) fresh++;
                if (fresh >= pick.children()) return fresh;
            }
            // the proposer had no more than it gave, or gave something new: asking again would not help
            if (fresh > 0 || proposals.size() < count) return fresh;
            count *= 2;
        }
        return 0;
    }

    private List<Proposal> propose(String key, int round, Pick pick, Map<String, String> parentFiles, int count) {
        Optional<List<Proposal>> done = replay.proposals(key);
        List<Proposal> proposals;
        if (done.isPresent()) {
            proposals = done.get();
        } else {
            Prompt prompt = parts.prompts().render(new PromptSource.Context(task, pick.parentId(), parentFiles,
                    attempts.stream().filter(a -> a.lineage() == pick.lineage()).toList(), List.copyOf(attempts),
                    hotFrames, spend.left(), Optional.ofNullable(advice.get(pick.lineage()))));
            trajectory.append("prompt", Map.of("key", key, "round", round, "lineage", pick.lineage(),
                    "parent", pick.parentId(), "prompt", prompt));
            ProposalRequest request = new ProposalRequest(task, pick.parentId(), parentFiles, prompt, count, round,
                    parts.seed() * 1_000_003L + key.hashCode(), received);
            parts.progress().waiting("round " + round + ": waiting for the model (" + count + " proposal" + (count == 1 ? "" : "s") + ")");
            proposals = parts.proposer().propose(request);
            trajectory.append("proposals", Map.of("key", key, "proposals", proposals));
        }
        proposals.forEach(p -> spend.add(p.usage()));
        received += proposals.size();
        return proposals;
    }

    /** Judges one proposal unless its candidate was already tried; returns whether it was new. */
    private boolean tryProposal(int round, Pick pick, Map<String, String> parentFiles, Proposal proposal) throws TaskSetupException {
        Map<String, String> changed;
        String problem = "";
        if (proposal.reply().isPresent()) {
            ReplyReader.Read read = parts.replies().read(proposal.reply().get(), parentFiles);
            changed = read.files();
            problem = read.problem();
        } else {
            changed = proposal.files();
        }
        Map<String, String> files = problem.isEmpty() ? merge(pick.parentFiles(), changed) : Map.of();
        if (problem.isEmpty() && files.equals(pick.parentFiles())) problem = "the edits change nothing: every file is as it was";
        String fingerprint = problem.isEmpty() ? Fingerprint.of(files) : "";
        if (problem.isEmpty() && !seen.add(fingerprint)) return false;
        spend.candidate();
        int index = attempts.size() + 1;
        String id = "c" + index;
        Optional<Outcome> outcome = Optional.empty();
        if (problem.isEmpty()) {
            Optional<Outcome> done = replay.outcome(fingerprint);
            if (done.isPresent()) {
                outcome = done;
            } else {
                parts.progress().evaluating(id, proposal);
                CandidateJudge.Judged judged = parts.judge().judge(task, Candidate.of(id, files, describe(proposal)));
                trajectory.append("evaluation", Map.of("candidate", id, "fingerprint", fingerprint, "evaluation", judged.evaluation()));
                outcome = Optional.of(withLineage(judged.outcome(), pick.parentId()));
            }
        }
        Attempt a = new Attempt(index, round, pick.lineage(), id, pick.parentId(), proposal.proposer(), summary(proposal),
                files, proposal.usage(), problem.isEmpty() ? Optional.empty() : Optional.of(problem), outcome);
        attempts.add(a);
        if (!replay.recorded(index)) trajectory.append("attempt", Map.of("fingerprint", fingerprint, "attempt", a));
        parts.progress().attempted(a, state(round).best());
        advise(a);
        return true;
    }

    /**
     * The screening's best, measured again against the original (see {@link Confirmation} for why one confirmation
     * keeps the run's false-positive rate at 1 %); replayed from the trajectory on resume.
     */
    private Confirmation confirm(Attempt best) throws TaskSetupException {
        String fingerprint = Fingerprint.of(best.files());
        Optional<Confirmation> done = replay.confirmation(fingerprint);
        if (done.isPresent()) return done.get();
        parts.progress().confirming(best);
        CandidateJudge.Judged judged = parts.judge().confirm(task, Candidate.of(best.id(), best.files(), "confirmation of " + best.id()));
        Confirmation c = new Confirmation(best.id(), fingerprint, judged.outcome());
        trajectory.append("confirmation", Map.of("candidate", best.id(), "confirmation", c, "evaluation", judged.evaluation()));
        return c;
    }

    /** Asks the advisor (if any) about the attempt just made; replayed from the trajectory on resume. */
    private void advise(Attempt a) {
        if (parts.advisor() == Advisor.NONE) return;
        String key = "a" + a.index();
        Optional<Advice> given = replay.advice(key);
        if (given.isEmpty()) {
            List<Attempt> lineage = attempts.stream().filter(x -> x.lineage() == a.lineage()).toList();
            given = parts.advisor().advise(new Advisor.Request(task, a, lineage, List.copyOf(attempts), spend.left(), advised));
            given.ifPresent(x -> trajectory.append("advice", Map.of("key", key, "advice", x)));
        }
        if (given.isEmpty()) {
            advice.remove(a.lineage()); // an instruction about an older candidate would mislead the next prompt
            return;
        }
        spend.add(given.get().usage());
        advice.put(given.get().lineage(), given.get());
        advised++;
    }

    /**
     * The outcome with a line for the model on what it adds over its parent (timed against the original, so its
     * gain over the parent is derived, and said to be).
     */
    private Outcome withLineage(Outcome o, String parentId) {
        if (parentId.equals(Pick.ORIGINAL) || o.speedup().isEmpty()) return o;
        Optional<Outcome> parent = attempts.stream().filter(a -> a.id().equals(parentId)).findFirst().flatMap(Attempt::outcome);
        return LineageCredit.over(Optional.of(o), parent)
                .map(s -> o.withFeedback(o.feedback() + "\nOver its parent "
                        + parentId + " (derived from both measurements against the original): " + s + ", "
                        + dev.perfagent.evaluators.measure.VerdictRule.decide(s).verdict() + "."))
                .orElse(o);
    }

    /** The profile is retaken when the best changes, so the model is shown where the time goes now. */
    private void refreshProfile() {
        Optional<Attempt> best = state(spend.rounds()).best();
        String id = best.map(Attempt::id).orElse(Pick.ORIGINAL);
        if (id.equals(hotFramesOf)) return;
        hotFramesOf = id;
        if (parts.profiles() != ProfileSource.NONE) parts.progress().waiting("profiling " + id);
        hotFrames = parts.profiles().hotFrames(task, id, best.map(Attempt::files).orElse(Map.of()));
        if (!hotFrames.isEmpty()) trajectory.append("profile", Map.of("candidate", id, "hotFrames", hotFrames));
    }

    private SearchState state(int round) {
        return new SearchState(attempts, round, parts.seed());
    }

    /** The editable files as the parent has them: its changes over the task's originals. */
    private Map<String, String> editableFiles(Map<String, String> changed) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String rel : task.editable()) {
            String content = changed.get(rel);
            if (content == null) {
                try {
                    content = Files.readString(task.sourceRoot().resolve(rel), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + task.sourceRoot().resolve(rel), e);
                }
            }
            files.put(rel, content);
        }
        return files;
    }

    /** The parent's changes with the new ones on top; a file put back to its original is no change at all. */
    private Map<String, String> merge(Map<String, String> parent, Map<String, String> changed) {
        Map<String, String> files = new LinkedHashMap<>(parent);
        for (var e : changed.entrySet()) {
            Optional<String> original = originalOf(e.getKey());
            if (original.isPresent() && original.get().equals(e.getValue())) files.remove(e.getKey());
            else files.put(e.getKey(), e.getValue());
        }
        return files;
    }

    private Optional<String> originalOf(String rel) {
        if (!task.editable().contains(rel)) return Optional.empty();
        try {
            return Optional.of(Files.readString(task.sourceRoot().resolve(rel), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String summary(Proposal p) {
        if (!p.summary().isBlank()) return p.summary();
        String reply = p.reply().orElse("").strip();
        String first = reply.lines().filter(l -> !l.isBlank() && !l.startsWith("```")).findFirst().orElse("");
        return first.length() > 100 ? first.substring(0, 100) + "…" : first;
    }

    private static String describe(Proposal p) {
        return p.proposer() + (p.summary().isBlank() ? "" : ": " + p.summary());
    }
}
