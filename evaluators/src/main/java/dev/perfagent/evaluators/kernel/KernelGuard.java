package dev.perfagent.evaluators.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.datasets.KernelSpec;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelScripts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The static guardrails: {@code kernel_guard.py} reads (with Python's ast module, never running it) the candidate's
 * source against the reference's and lists known hacks — the reference operator called again, torch.compile,
 * try/except fallbacks, caches across calls, lower precision, patched timing. Any finding rejects the candidate
 * before it is built, on any machine, GPU or not.
 */
public final class KernelGuard {
    /** Only the standard library is needed, so the system Python does. */
    static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KernelGuard() {
    }

    /** @param reference the reference's path in the workspace; {@code candidate} the candidate's */
    public static List<GuardFinding> check(Sandbox sandbox, Workspace ws, String reference, String candidate, KernelSpec spec) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-B", KernelScripts.inWorkspace(KernelScripts.GUARD), reference, candidate));
        for (String a : spec.allow()) cmd.addAll(List.of("--allow", a));
        for (String f : spec.forbid()) cmd.addAll(List.of("--forbid", f));
        ExecResult r = sandbox.exec(ws, ExecSpec.of(cmd, Limits.forBuild().withWallTime(Duration.ofSeconds(60))));
        if (!r.ok()) return List.of(new GuardFinding("guard", 0, "the static check could not read the candidate: " + r.describeEnd()
                + " " + r.stderr().strip().lines().reduce((a, b) -> b).orElse("")));
        return parse(r.stdout());
    }

    static List<GuardFinding> parse(String json) {
        List<GuardFinding> out = new ArrayList<>();
        try {
            for (JsonNode f : JSON.readTree(json.strip())) {
                out.add(new GuardFinding(f.path("rule").asText(), f.path("line").asInt(), f.path("message").asText()));
            }
        } catch (Exception e) {
            out.add(new GuardFinding("guard", 0, "the static check printed something that is not its JSON: " + e.getMessage()));
        }
        return out;
    }
}
