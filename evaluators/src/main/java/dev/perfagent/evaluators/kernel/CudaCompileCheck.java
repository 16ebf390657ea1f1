package dev.perfagent.evaluators.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelScripts;

import java.util.List;
import java.util.Optional;

/**
 * Compiles a Python kernel candidate's CUDA strings with {@code nvcc -c}, which needs no GPU: every string holding a
 * {@code __global__} function and no torch headers (kernels kept apart from their torch binding, as the bundled
 * experts do). Strings that include torch headers can only be built where PyTorch is, by the harness.
 *
 * @param compiled   standalone sources that compiled
 * @param needsTorch sources left to the harness (they include torch, ATen, c10 or pybind11 headers)
 * @param failure    the first compiler error, when one did not compile
 * @param note       why nothing was checked (no nvcc), when so
 */
public record CudaCompileCheck(int compiled, int needsTorch, Optional<String> failure, String note) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OUT = KernelScripts.FOLDER + "/cuda";

    public static CudaCompileCheck run(Sandbox sandbox, Workspace ws, String candidate) {
        if (!Executables.exists("nvcc")) return new CudaCompileCheck(0, 0, Optional.empty(), "nvcc not found: CUDA sources not compile-checked");
        ExecResult listed = sandbox.exec(ws, ExecSpec.of(List.of(KernelGuard.PYTHON, "-B", KernelScripts.inWorkspace(KernelScripts.CUDA_SOURCES),
                candidate, OUT), Limits.forBuild()).writable());
        JsonNode found;
        try {
            found = JSON.readTree(listed.stdout().strip());
        } catch (Exception e) {
            return new CudaCompileCheck(0, 0, Optional.empty(), "the CUDA sources could not be listed: " + listed.describeEnd());
        }
        if (found.has("error")) return new CudaCompileCheck(0, 0, Optional.of(found.get("error").asText()), "");
        int compiled = 0;
        int torch = 0;
        for (JsonNode s : found) {
            if (!s.path("standalone").asBoolean()) {
                torch++;
                continue;
            }
            String file = OUT + "/" + s.path("file").asText();
            ExecResult r = sandbox.exec(ws, ExecSpec.of(List.of("nvcc", "-c", "-O3", "-std=c++17", "-o", "/tmp/perfagent_check.o", file),
                    Limits.forBuild()));
            if (!r.ok()) {
                String log = r.stderr().isBlank() ? r.stdout() : r.stderr();
                return new CudaCompileCheck(compiled, torch, Optional.of("the CUDA string at line " + s.path("line").asInt()
                        + " does not compile: " + Excerpt.firstError(Excerpt.head(log, 12, 1500))), "");
            }
            compiled++;
        }
        return new CudaCompileCheck(compiled, torch, Optional.empty(), "");
    }

    /** "compiled 1 CUDA source with nvcc; 1 that includes torch headers needs PyTorch". */
    public String describe() {
        if (!note.isEmpty()) return note;
        if (compiled == 0 && needsTorch == 0) return "no CUDA source strings to compile-check";
        String s = "compiled " + compiled + " CUDA source(s) with nvcc";
        return needsTorch == 0 ? s : s + "; " + needsTorch + " that include torch headers are built by the harness on the GPU machine";
    }
}
