package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.KernelSpec;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelScripts;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The static guardrails rule by rule, on small candidates against a fp32 softmax reference. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelGuardTest {
    static final String REFERENCE = """
            import torch
            import torch.nn as nn
            class Model(nn.Module):
                def forward(self, x):
                    return torch.softmax(x, dim=1)
            def get_inputs():
                return [torch.randn(8, 8)]
            def get_init_inputs():
                return []
            """;
    static final String HEAD = "import torch\nimport torch.nn as nn\nimport functools\n";

    private LocalSandbox sandbox;

    @BeforeAll
    void start() {
        sandbox = LocalSandbox.detect();
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    List<GuardFinding> guard(String candidate, KernelSpec spec) throws Exception {
        return guard(REFERENCE, candidate, spec);
    }

    List<GuardFinding> guard(String reference, String candidate, KernelSpec spec) throws Exception {
        try (Workspace ws = Workspace.create("guard")) {
            KernelScripts.install(ws.dir());
            Files.writeString(ws.resolve(".perfagent/reference.py"), reference);
            Files.writeString(ws.resolve("model.py"), candidate);
            return KernelGuard.check(sandbox, ws, ".perfagent/reference.py", "model.py", spec);
        }
    }

    List<String> rules(String forward) throws Exception {
        return guard(HEAD + "class ModelNew(nn.Module):\n" + forward, KernelSpec.defaults("model.py")).stream().map(GuardFinding::rule).toList();
    }

    @Test
    void eachKnownHackIsNamedByItsRule() throws Exception {
        assertThat(rules("    def forward(self, x):\n        return x.softmax(1)\n")).containsExactly("reference-op");
        assertThat(rules("    @functools.lru_cache(maxsize=None)\n    def forward(self, x):\n        return x\n")).containsExactly("cache");
        assertThat(rules("    def forward(self, x):\n        self.last = x\n        return x\n")).containsExactly("cache");
        assertThat(rules("    cache = {}\n    def forward(self, x):\n        return self.cache.get(x.data_ptr())\n")).containsExactly("cache");
        assertThat(rules("    def forward(self, x):\n        torch.backends.cuda.matmul.allow_tf32 = True\n        return x\n")).contains("precision");
        assertThat(rules("    def forward(self, x):\n        return x.to(torch.bfloat16)\n")).containsExactly("precision");
        assertThat(rules("    src = '__global__ void k(__half* x) {}'\n    def forward(self, x):\n        return x\n")).containsExactly("precision");
        assertThat(rules("    def forward(self, x):\n        return torch.jit.script(lambda y: y)(x)\n")).containsExactly("compile");
        assertThat(rules("    def forward(self, x):\n        import time\n        time.perf_counter = lambda: 0.0\n        return x\n")).containsExactly("patch");
        assertThat(guard(HEAD + "class Other(nn.Module):\n    pass\n", KernelSpec.defaults("model.py"))).extracting(GuardFinding::rule).containsExactly("no-model");
        assertThat(guard("def broken(:\n", KernelSpec.defaults("model.py"))).extracting(GuardFinding::rule).containsExactly("syntax");
    }

    @Test
    void aTaskCanAllowWhatItNeeds() throws Exception {
        KernelSpec allowing = new KernelSpec("model.py", "model.py", 5, Optional.empty(), 100, 3, 10, Set.of("precision", "reference-ops"), Set.of());
        assertThat(guard(HEAD + "class ModelNew(nn.Module):\n    def forward(self, x):\n        return torch.softmax(x.half(), 1).float()\n", allowing)).isEmpty();
    }

    @Test
    void plainKernelCodeIsClean() throws Exception {
        assertThat(rules("    def forward(self, x):\n        y = torch.empty_like(x)\n        return y.view(x.shape).contiguous()\n")).isEmpty();
    }

    static String example(String name) throws Exception {
        try (var in = KernelGuardTest.class.getResourceAsStream("/kernelbench-examples/" + name + ".py")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    List<GuardFinding> conv(String solution, KernelSpec spec) throws Exception {
        return guard(example("conv_relu_bias"), example(solution), spec);
    }

    /**
     * The bug: KernelBench allows partial replacement, yet a solution that fuses ReLU + bias in its own CUDA kernel
     * and keeps nn.Conv2d was REJECTED. Still rejected: the same operators with no kernel replacing any of them.
     */
    @Test
    void partialReplacementKeepingConv2dIsAllowedUnlessTheTaskForbidsIt() throws Exception {
        assertThat(conv("conv_relu_bias_new_partial", KernelSpec.defaults("model.py"))).isEmpty();
        assertThat(conv("conv_relu_bias_new_pytorch_again", KernelSpec.defaults("model.py")))
                .extracting(GuardFinding::rule, GuardFinding::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reference-op", 8), org.assertj.core.groups.Tuple.tuple("reference-op", 11));
        KernelSpec noPartial = new KernelSpec("model.py", "model.py", 5, Optional.empty(), 100, 3, 10, Set.of(), Set.of("reference-ops"));
        assertThat(conv("conv_relu_bias_new_partial", noPartial)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("calls nn.Conv2d, the operator the reference computes with"));
        KernelSpec noConv = new KernelSpec("model.py", "model.py", 5, Optional.empty(), 100, 3, 10, Set.of(), Set.of("Conv2d"));
        assertThat(conv("conv_relu_bias_new_partial", noConv)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("calls nn.Conv2d, an operator this task forbids"));
    }

    /** The bug: a solution that compiles its kernel once and keeps it was flagged as a result cache. */
    @Test
    void cachingCompiledCodeIsAllowedCachingResultsKeyedOnInputsIsNot() throws Exception {
        assertThat(conv("conv_relu_bias_new_cached_build", KernelSpec.defaults("model.py"))).isEmpty();
        assertThat(conv("conv_relu_bias_new_result_cache", KernelSpec.defaults("model.py"))).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("cache"))
                .satisfies(f -> assertThat(f.message()).contains("_results"));
        String lruBuild = HEAD + "from torch.utils.cpp_extension import load_inline\n"
                + "@functools.lru_cache(maxsize=None)\ndef ext():\n    return load_inline(name='k', cpp_sources='', cuda_sources='__global__ void k() {}')\n"
                + "class ModelNew(nn.Module):\n    def forward(self, x):\n        return ext().softmax_rows(x)\n";
        assertThat(guard(lruBuild, KernelSpec.defaults("model.py"))).isEmpty();
        String lruResult = HEAD + "@functools.lru_cache(maxsize=None)\ndef rows(n):\n    return torch.arange(n)\n"
                + "class ModelNew(nn.Module):\n    def forward(self, x):\n        return rows(x.shape[0])\n";
        assertThat(guard(lruResult, KernelSpec.defaults("model.py"))).extracting(GuardFinding::rule).containsExactly("cache");
    }
}
