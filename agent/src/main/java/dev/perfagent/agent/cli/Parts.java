package dev.perfagent.agent.cli;

import dev.perfagent.agent.loop.ProfileSource;
import dev.perfagent.agent.loop.ReplyReader;
import dev.perfagent.agent.propose.Proposers;
import dev.perfagent.agent.run.ConfigFile;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.prompts.Prompt;

import java.util.Map;

/** The real parts of a run, as the command line builds them. */
final class Parts {
    private Parts() {
    }

    static OptimizeRun.Makers makers(Map<String, String> env, ConfigFile config) {
        return new OptimizeRun.Makers(
                s -> Proposers.create(s.model(), s.baseUrl(), env),
                ctx -> new Prompt("optimize", "v0", "", ""),
                (reply, files) -> new ReplyReader.Read(Map.of(), "replies cannot be read yet"),
                (sandbox, s) -> ProfileSource.NONE);
    }
}
