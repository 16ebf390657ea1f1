package dev.perfagent.agent.loop;

import dev.perfagent.agent.edit.EditOutcome;
import dev.perfagent.agent.edit.Edits;

import java.util.Map;

/** Reads model replies with the tolerant edit parser: search/replace blocks, unified diffs or whole files. */
public final class EditsReader implements ReplyReader {

    @Override
    public Read read(String reply, Map<String, String> parentFiles) {
        EditOutcome outcome = Edits.toFiles(reply, parentFiles);
        if (outcome instanceof EditOutcome.Files f) return new Read(f.files(), "");
        return new Read(Map.of(), ((EditOutcome.Feedback) outcome).text());
    }
}
