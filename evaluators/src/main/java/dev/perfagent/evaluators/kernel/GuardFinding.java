package dev.perfagent.evaluators.kernel;

/** One thing the static guardrails found in a kernel candidate: which rule, where, and what. */
public record GuardFinding(String rule, int line, String message) {
    /** "line 12: calls torch.matmul, the operator the reference computes with (reference-op)". */
    public String describe() {
        return "line " + line + ": " + message + " (" + rule + ")";
    }
}
