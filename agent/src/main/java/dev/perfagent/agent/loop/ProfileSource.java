package dev.perfagent.agent.loop;

import dev.perfagent.datasets.Task;

import java.util.Map;
import java.util.Optional;

/** Profiles a version of the task's code (the original, or the current best) and renders its hot frames short. */
public interface ProfileSource {

    /** @param files the version's files that differ from the original */
    Optional<String> hotFrames(Task task, String candidateId, Map<String, String> files);

    ProfileSource NONE = (task, id, files) -> Optional.empty();
}
