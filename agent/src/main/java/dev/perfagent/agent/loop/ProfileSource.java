package dev.perfagent.agent.loop;

import dev.perfagent.datasets.Task;
import dev.perfagent.prompts.HotFrame;

import java.util.List;
import java.util.Map;

/** Profiles a version of the task's code (the original, or the current best): its hottest frames, hottest first. */
public interface ProfileSource {

    /** @param files the version's files that differ from the original; an empty list when no profile could be taken */
    List<HotFrame> hotFrames(Task task, String candidateId, Map<String, String> files);

    ProfileSource NONE = (task, id, files) -> List.of();
}
