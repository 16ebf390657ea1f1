package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.prompts.Prompt;

import java.util.Map;

/** Proposal requests for tests: the prompt is what matters to a model; no task is needed. */
final class Requests {
    static final Prompt PROMPT = new Prompt("optimize", "1",
            "You are a performance engineer. Reply with SEARCH/REPLACE blocks.",
            "Make Main.java faster. It builds a report with String += in a loop.\n\nMain.java\n```java\nclass Main {}\n```");

    private Requests() {
    }

    static ProposalRequest of(int count) {
        return ProposalRequest.of(null, "original", Map.of("Main.java", "class Main {}"), PROMPT).withCount(count).withSeed(42L);
    }
}
