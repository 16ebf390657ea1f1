package dev.perfagent.evaluators.kernel;

import dev.perfagent.sandbox.kernel.KernelScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Python file of the kernel work parses with python3 here: our scripts and every task, expert and candidate. */
class KernelPythonSyntaxTest {

    @Test
    void everyKernelPythonFileParses(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        for (String s : KernelScripts.ALL) {
            Path p = dir.resolve(s);
            Files.writeString(p, KernelScripts.text(s));
            files.add(p.toString());
        }
        try (Stream<Path> walk = Files.walk(KernelSuite.ROOT)) {
            walk.filter(p -> p.toString().endsWith(".py")).forEach(p -> files.add(p.toString()));
        }
        assertThat(files).hasSizeGreaterThan(3 + 10);
        List<String> cmd = new ArrayList<>(List.of("python3", "-c",
                "import ast, sys\nfor f in sys.argv[1:]:\n    ast.parse(open(f, encoding='utf-8').read(), f)\nprint('parsed', len(sys.argv) - 1)"));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("parsed " + files.size());
    }
}
