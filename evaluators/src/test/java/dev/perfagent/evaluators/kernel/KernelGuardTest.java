package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.KernelSpec;
import dev.perfagent.sandbox.LocalSandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelScripts;
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
        try (Workspace ws = Workspace.create("guard")) {
            KernelScripts.install(ws.dir());
            Files.writeString(ws.resolve(".perfagent/reference.py"), REFERENCE);
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
}
