package dev.perfagent.agent.loop;

import java.util.Map;

/** Turns a model's reply into changed files, or into feedback saying why it could not. Never throws. */
public interface ReplyReader {

    Read read(String reply, Map<String, String> parentFiles);

    /** Either {@code files} (the changed files, complete) or a non-empty {@code problem} for the model. */
    record Read(Map<String, String> files, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }
}
