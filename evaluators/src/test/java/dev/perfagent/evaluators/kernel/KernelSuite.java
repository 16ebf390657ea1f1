package dev.perfagent.evaluators.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled kernel suite, datasets/suites/kernels: its tasks and every hostile candidate with its expected verdict. */
final class KernelSuite {
    static final Path ROOT = locate();

    record Hostile(Task task, String name, Candidate candidate, String verdict, boolean isStatic, String rule, String why) {
        @Override
        public String toString() {
            return task.id() + "/" + name;
        }
    }

    private KernelSuite() {
    }

    static List<Path> taskDirs() throws Exception {
        try (var s = Files.list(ROOT)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("task.yaml"))).sorted().toList();
        }
    }

    static List<Hostile> hostiles() throws Exception {
        List<Hostile> out = new ArrayList<>();
        for (Path dir : taskDirs()) {
            Path expected = dir.resolve("expected.yaml");
            if (!Files.exists(expected)) continue;
            Task task = TaskYaml.load(dir);
            JsonNode e = new YAMLMapper().readTree(expected.toFile());
            for (var it = e.fields(); it.hasNext(); ) {
                var f = it.next();
                JsonNode v = f.getValue();
                out.add(new Hostile(task, f.getKey(), Candidate.fromDirectory(dir.resolve("candidates").resolve(f.getKey())),
                        v.path("verdict").asText(), v.path("static").asBoolean(), v.path("rule").asText(""), v.path("why").asText()));
            }
        }
        return out;
    }

    private static Path locate() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("datasets/suites/kernels"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("datasets/suites/kernels not found above " + Path.of("").toAbsolutePath());
        return p.resolve("datasets/suites/kernels");
    }
}
