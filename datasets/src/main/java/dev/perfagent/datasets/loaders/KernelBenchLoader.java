package dev.perfagent.datasets.loaders;

import dev.perfagent.datasets.Comparison;
import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.Workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * KernelBench problems: a folder (levels in subfolders allowed) of Python files, each with
 * {@code class Model(nn.Module)}, {@code get_inputs()} and {@code get_init_inputs()}. Each becomes a kernel task whose
 * editable file is the model; where this machine has no NVIDIA GPU the task is skipped with that reason, because a
 * kernel timed anywhere else means nothing.
 * <p>
 * Where the suite gives a solution for a problem it becomes the task's expert: {@code solutions/<same path>} under
 * the suite folder, or a sibling {@code <name>_new.py} (KernelBench's own examples pair {@code model_ex_1.py} with
 * {@code model_new_ex_1.py}; both spellings are read). Files with {@code class ModelNew} and no {@code class Model}
 * are solutions, never problems.
 */
public final class KernelBenchLoader implements TaskLoader {
    private static final Pattern MODEL = Pattern.compile("(?m)^class\\s+Model\\s*\\(");
    private static final Pattern GET_INPUTS = Pattern.compile("(?m)^def\\s+get_inputs\\s*\\(");
    private static final Pattern MODEL_NEW = Pattern.compile("(?m)^class\\s+ModelNew\\s*\\(");
    static final String SOLUTIONS = "solutions";
    private static final Pattern GET_INIT_INPUTS = Pattern.compile("(?m)^def\\s+get_init_inputs\\s*\\(");

    @Override
    public String name() {
        return "kernelbench";
    }

    @Override
    public String description() {
        return "KernelBench problem files with class Model, get_inputs, get_init_inputs";
    }

    @Override
    public LoadedSuite load(Path suite, LoadContext context) throws SuiteNotFoundException {
        if (!Files.isDirectory(suite)) throw new SuiteNotFoundException("suite " + suite + " is not a folder; give a folder of KernelBench problem files");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(suite)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new SuiteNotFoundException("cannot read " + suite + ": " + e.getMessage());
        }
        if (files.isEmpty()) throw new SuiteNotFoundException("no *.py problem files under " + suite);
        List<SuiteEntry> entries = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String code;
            try {
                code = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new RecordProblem(file, 0, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (isSolution(suite, file, code)) continue;
            List<String> missing = new ArrayList<>();
            if (!MODEL.matcher(code).find()) missing.add("class Model");
            if (!GET_INPUTS.matcher(code).find()) missing.add("def get_inputs()");
            if (!GET_INIT_INPUTS.matcher(code).find()) missing.add("def get_init_inputs()");
            if (!missing.isEmpty()) {
                problems.add(new RecordProblem(file, 0, "not a KernelBench problem: no " + String.join(", ", missing) + " at top level"));
                continue;
            }
            String id = idOf(suite.relativize(file));
            if (!ids.add(id)) {
                problems.add(new RecordProblem(file, 0, "task id " + id + " is used by another file"));
                continue;
            }
            Optional<Path> solution = solutionOf(suite, file);
            Optional<String> expert;
            try {
                expert = solution.isPresent() ? Optional.of(Files.readString(solution.get(), StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                problems.add(new RecordProblem(solution.get(), 0, "cannot be read: " + e.getMessage()));
                expert = Optional.empty();
            }
            Fingerprint fp = new Fingerprint().text(code);
            expert.ifPresent(fp::text);
            String fingerprint = fp.hex();
            Optional<String> noGpu = context.environment().gpu();
            if (noGpu.isPresent()) {
                entries.add(SuiteEntry.skipped(id, TaskKind.KERNEL, noGpu.get(), fingerprint));
                continue;
            }
            Path dir = context.workDir().resolve("kernelbench").resolve(id);
            Materializer.write(dir.resolve("src/model.py"), code);
            expert.ifPresent(x -> Materializer.write(dir.resolve("expert/model.py"), x));
            Task task = Task.of(dir, id, Language.PYTHON, TaskKind.KERNEL, dir.resolve("src"))
                    .withDescription("KernelBench problem " + suite.relativize(file))
                    .withSources(List.of("model.py")).withEditable(List.of("model.py"))
                    // correctness and timing belong to the kernel harness (5 random trials, allclose; CUDA events)
                    .withJudge(Judge.defaults().withComparison(Comparison.NUMERIC).withTolerance(1e-4).withCommand("kernelbench-harness"))
                    .withWorkload(Workload.defaults().withCommand("kernelbench-harness"))
                    .withExpert(expert.map(x -> dir.resolve("expert")))
                    .withLimits(new TaskLimits(Duration.ofMinutes(5), 8L * 1024 * 1024 * 1024));
            entries.add(SuiteEntry.runnable(task, fingerprint));
        }
        return new LoadedSuite(suite.toAbsolutePath().normalize().getFileName().toString(), name(), entries, problems);
    }

    /** A solution file: under solutions/, or one defining ModelNew without a Model. */
    private static boolean isSolution(Path suite, Path file, String code) {
        Path rel = suite.relativize(file);
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals(SOLUTIONS)
                || MODEL_NEW.matcher(code).find() && !MODEL.matcher(code).find();
    }

    /** solutions/<path>, else <name>_new.py, else model_new_<rest>.py for model_<rest>.py. */
    static Optional<Path> solutionOf(Path suite, Path problem) {
        String name = problem.getFileName().toString();
        String stem = name.substring(0, name.length() - ".py".length());
        List<Path> candidates = new ArrayList<>(List.of(suite.resolve(SOLUTIONS).resolve(suite.relativize(problem).toString()),
                problem.resolveSibling(stem + "_new.py")));
        if (stem.startsWith("model_")) candidates.add(problem.resolveSibling("model_new_" + stem.substring("model_".length()) + ".py"));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** level1/19_ReLU.py → level1.19_ReLU; characters an id may not hold become '_'. */
    static String idOf(Path relative) {
        String s = relative.toString().replace('\\', '/');
        s = s.substring(0, s.length() - ".py".length()).replace('/', '.');
        s = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return Character.isLetterOrDigit(s.charAt(0)) ? s : "k" + s;
    }
}
