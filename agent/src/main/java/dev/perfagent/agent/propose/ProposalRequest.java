package dev.perfagent.agent.propose;

import dev.perfagent.datasets.Task;
import dev.perfagent.prompts.Prompt;

import java.util.Map;

/**
 * What a proposer is asked for: {@code count} changes to the parent version of a task's code.
 *
 * @param parentId    the candidate the change builds on ("original" for the task's own code)
 * @param parentFiles every editable file of the parent, relative path → content
 * @param prompt      the rendered prompt (models read it; rules ignore it and work on {@code parentFiles})
 * @param round       the loop's round, from 1
 * @param seed        for proposers that draw at random, so a run can be repeated
 * @param received    how many proposals the run has received before this request, those replayed on a resume
 *                    included: a proposer that replays recorded replies in order starts at this one
 */
public record ProposalRequest(Task task, String parentId, Map<String, String> parentFiles, Prompt prompt,
                              int count, int round, long seed, int received) {
    public ProposalRequest {
        parentFiles = Map.copyOf(parentFiles);
        if (count < 1) throw new IllegalArgumentException("count must be at least 1, got " + count);
    }

    /** One change to {@code parentFiles} in round 1, seed 0, nothing received before; the {@code withX} methods set the rest. */
    public static ProposalRequest of(Task task, String parentId, Map<String, String> parentFiles, Prompt prompt) {
        return new ProposalRequest(task, parentId, parentFiles, prompt, 1, 1, 0L, 0);
    }

    public ProposalRequest withCount(int count) {
        return new ProposalRequest(task, parentId, parentFiles, prompt, count, round, seed, received);
    }

    public ProposalRequest withRound(int round) {
        return new ProposalRequest(task, parentId, parentFiles, prompt, count, round, seed, received);
    }

    public ProposalRequest withSeed(long seed) {
        return new ProposalRequest(task, parentId, parentFiles, prompt, count, round, seed, received);
    }

    public ProposalRequest withReceived(int received) {
        return new ProposalRequest(task, parentId, parentFiles, prompt, count, round, seed, received);
    }
}
