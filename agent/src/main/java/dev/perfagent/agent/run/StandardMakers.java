package dev.perfagent.agent.run;

import dev.perfagent.agent.coderjudge.JudgeAdvisor;
import dev.perfagent.agent.coderjudge.NcuKernelMetrics;
import dev.perfagent.agent.llm.Price;
import dev.perfagent.agent.llm.RetryListener;
import dev.perfagent.evaluators.kernel.NcuMetrics;
import dev.perfagent.sandbox.kernel.KernelPython;
import dev.perfagent.agent.loop.ProfiledHotFrames;

import java.util.Map;

/** The real parts of a run: proposers by model name, the optimize prompt, the edit parser, real profiles, coder-judge's judge. */
public final class StandardMakers {
    private StandardMakers() {
    }

    public static OptimizeRun.Makers of(Map<String, String> env, Map<String, Price> prices) {
        return of(env, prices, RetryListener.NONE);
    }

    /** As {@link #of(Map, Map)}, telling {@code retries} about every wait before a retried model call. */
    public static OptimizeRun.Makers of(Map<String, String> env, Map<String, Price> prices, RetryListener retries) {
        return OptimizeRun.Makers.of(s -> Proposers.create(s.model(), s.baseUrl(), env, prices, retries))
                .withProfiles((sandbox, s) -> new ProfiledHotFrames(sandbox))
                .withAdvisors((sandbox, s) -> new JudgeAdvisor(Proposers.create(s.judge(), s.baseUrl(), env, prices, retries),
                        new NcuKernelMetrics(new NcuMetrics(sandbox, KernelPython.locate(env)), s.seed()), s.seed()));
    }
}
