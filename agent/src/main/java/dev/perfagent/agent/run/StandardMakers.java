package dev.perfagent.agent.run;

import dev.perfagent.agent.llm.Price;
import dev.perfagent.agent.loop.EditsReader;
import dev.perfagent.agent.loop.OptimizePrompt;
import dev.perfagent.agent.loop.ProfiledHotFrames;

import java.util.Map;

/** The real parts of a run: proposers by model name, the optimize prompt, the edit parser, real profiles. */
public final class StandardMakers {
    private StandardMakers() {
    }

    public static OptimizeRun.Makers of(Map<String, String> env, Map<String, Price> prices) {
        return new OptimizeRun.Makers(
                s -> Proposers.create(s.model(), s.baseUrl(), env, prices),
                new OptimizePrompt(),
                new EditsReader(),
                (sandbox, s) -> new ProfiledHotFrames(sandbox));
    }
}
