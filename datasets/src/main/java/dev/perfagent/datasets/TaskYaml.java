package dev.perfagent.datasets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the native {@code task.yaml} format (see docs/task-format.md). Every problem in the file is
 * collected with its field before anything is reported, so a user fixes a file in one pass.
 */
public final class TaskYaml {
    public static final String FILE_NAME = "task.yaml";

    private static final Set<String> TOP_FIELDS = Set.of(
            "id", "language", "kind", "description", "sources", "build", "run", "judge", "workload", "expert", "limits", "sandbox", "kernel");
    /** A Docker image reference: [registry/]name[:tag][@digest], lower-case name parts. */
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9._/:-]*(@sha256:[0-9a-f]{64})?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg])?b?", Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();

    private TaskYaml(Path file) {
        this.file = file;
        this.dir = file.toAbsolutePath().normalize().getParent();
    }

    /** Loads a task from its folder or its {@code task.yaml}. */
    public static Task load(Path path) throws TaskFormatException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
        return new TaskYaml(file).parse();
    }

    private Task parse() throws TaskFormatException {
        if (!Files.isRegularFile(file)) {
            throw new TaskFormatException(List.of(new Problem(file, "(file)", "not found; a task folder must hold a " + FILE_NAME)));
        }
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new TaskFormatException(List.of(new Problem(file, "(syntax)", "not valid YAML" + where + ": " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new TaskFormatException(List.of(new Problem(file, "(file)", "cannot be read: " + e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new TaskFormatException(List.of(new Problem(file, "(top)", "must be a mapping of fields such as id, language, sources, judge")));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!TOP_FIELDS.contains(name)) problem(name, "unknown field; valid fields are " + String.join(", ", TOP_FIELDS.stream().sorted().toList()));
        }

        String id = text(root, "id", null);
        if (id == null) problem("id", "missing; give the task a short name such as cpp-word-count");
        else if (!ID.matcher(id).matches()) problem("id", "'" + id + "' may use only letters, digits, '.', '_' and '-'");

        Language language = null;
        String lang = text(root, "language", null);
        if (lang == null) problem("language", "missing; one of " + Language.choices());
        else language = Language.parse(lang).orElse(null);
        if (lang != null && language == null) problem("language", "'" + lang + "' is not supported; one of " + Language.choices());

        String kindText = text(root, "kind", "program");
        TaskKind kind = TaskKind.parse(kindText).orElse(null);
        if (kind == null) problem("kind", "'" + kindText + "' is not a task kind; one of " + TaskKind.choices());

        String description = text(root, "description", "");

        JsonNode sourcesNode = root.path("sources");
        Path sourceRoot = dir.resolve(text(sourcesNode, "root", "src")).normalize();
        List<String> sources = List.of();
        if (!Files.isDirectory(sourceRoot)) {
            problem("sources.root", "folder " + dir.relativize(sourceRoot) + " not found; put the original sources there");
        } else {
            sources = listFiles(sourceRoot);
            if (sources.isEmpty()) problem("sources.root", "folder " + dir.relativize(sourceRoot) + " is empty");
        }
        List<String> editable = strings(sourcesNode, "editable", "sources.editable");
        if (editable.isEmpty()) editable = sources;
        for (String e : editable) {
            if (!sources.isEmpty() && !sources.contains(e)) problem("sources.editable", "'" + e + "' is not a file under " + dir.relativize(sourceRoot));
        }

        BuildSpec build = parseBuild(root.path("build"), language);
        RunSpec run = parseRun(root.path("run"));
        Judge judge = kind == TaskKind.KERNEL && root.path("judge").isMissingNode()
                // the kernel harness judges (fresh random inputs per trial, allclose): no reference outputs
                ? Judge.defaults().withComparison(Comparison.NUMERIC)
                : parseJudge(root.path("judge"));
        Workload workload = parseWorkload(root.path("workload"), judge);

        Optional<Path> expert = Optional.empty();
        String expertText = text(root, "expert", null);
        if (expertText != null) {
            Path expertDir = dir.resolve(expertText).normalize();
            if (!Files.isDirectory(expertDir)) problem("expert", "folder " + expertText + " not found");
            else {
                for (String f : listFiles(expertDir)) {
                    if (!editable.contains(f)) problem("expert", "file " + f + " is not one of the editable files " + editable);
                }
                expert = Optional.of(expertDir);
            }
        }

        TaskLimits limits = parseLimits(root.path("limits"), kind == TaskKind.KERNEL ? KERNEL_LIMITS : TaskLimits.defaults());
        Optional<String> image = parseSandboxImage(root.path("sandbox"));
        KernelSpec kernel = root.has("kernel") && kind != TaskKind.KERNEL
                ? problemThen("kernel", "only a task with kind: kernel has a kernel section", KernelSpec.defaultsFor(editable))
                : new KernelSection(this::problem).parse(root.path("kernel"), language, sources, editable);

        if (!problems.isEmpty()) throw new TaskFormatException(problems);
        return new Task(dir, id, language, kind, description, sourceRoot, sources, editable, build, run, judge, workload, expert, limits, image, kernel);
    }

    private Optional<String> parseSandboxImage(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return Optional.empty();
        if (!node.isObject()) {
            problem("sandbox", "must be a mapping such as {image: perfagent-sandbox:1}");
            return Optional.empty();
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("image")) problem("sandbox." + name, "unknown field; the only field is image");
        }
        String image = text(node, "image", null);
        if (image == null) return Optional.empty();
        if (!IMAGE.matcher(image).matches()) {
            problem("sandbox.image", "'" + image + "' is not an image name such as perfagent-sandbox:1 or my-image:latest");
            return Optional.empty();
        }
        return Optional.of(image);
    }

    private BuildSpec parseBuild(JsonNode node, Language language) {
        if (!node.isMissingNode() && !node.isObject()) {
            problem("build", "must be a mapping with command, flags or tool");
            return BuildSpec.defaults();
        }
        Optional<String> command = Optional.ofNullable(text(node, "command", null));
        List<String> flags = strings(node, "flags", "build.flags");
        String tool = text(node, "tool", "javac");
        if (!tool.equals("javac") && !tool.equals("maven")) problem("build.tool", "'" + tool + "' is not a build tool; use javac or maven (Java only)");
        else if (tool.equals("maven") && language != null && language != Language.JAVA) problem("build.tool", "maven builds only Java tasks");
        return new BuildSpec(command, flags, tool);
    }

    private RunSpec parseRun(JsonNode node) {
        return new RunSpec(Optional.ofNullable(text(node, "command", null)),
                Optional.ofNullable(text(node, "main", null)), strings(node, "args", "run.args"));
    }

    private Judge parseJudge(JsonNode node) {
        if (node.isMissingNode()) {
            problem("judge", "missing; give reference outputs (judge.cases) or a test command (judge.command)");
            return Judge.defaults();
        }
        String compareText = text(node, "compare", "exact");
        Comparison comparison = Comparison.parse(compareText).orElse(null);
        if (comparison == null) problem("judge.compare", "'" + compareText + "' is unknown; use exact or numeric");
        double tolerance = 1e-6;
        JsonNode tol = node.get("tolerance");
        if (tol != null) {
            if (tol.isNumber() || (tol.isTextual() && isDouble(tol.asText()))) tolerance = Double.parseDouble(tol.asText());
            else problem("judge.tolerance", "'" + tol.asText() + "' is not a number (e.g. 1e-6)");
            if (tolerance < 0) problem("judge.tolerance", "must not be negative");
        }
        List<TestCase> cases = parseCases(node.get("cases"));
        Optional<String> command = Optional.ofNullable(text(node, "command", null));
        if (cases.isEmpty() && command.isEmpty() && node.get("cases") == null) {
            problem("judge", "needs cases (reference outputs) or command (a test command)");
        }
        List<TestCase> hidden = node.has("hidden") ? parseCases(node.get("hidden"), "judge.hidden") : List.of();
        Optional<Judge.Generator> generator = parseGenerator(node.path("generator"));
        return new Judge(comparison == null ? Comparison.EXACT : comparison, tolerance, cases, command, hidden, generator);
    }

    /** {@code generator: CMD} or {@code generator: {command: CMD, inputs: N}}; {seed} in CMD is required. */
    private Optional<Judge.Generator> parseGenerator(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return Optional.empty();
        String command = node.isTextual() ? node.asText() : text(node, "command", null);
        int inputs = Judge.Generator.DEFAULT_INPUTS;
        if (node.isObject() && node.has("inputs")) {
            JsonNode n = node.get("inputs");
            if (!n.canConvertToInt() || n.asInt() < 1 || n.asInt() > 50) {
                problem("judge.generator.inputs", "'" + n.asText() + "' must be a whole number from 1 to 50");
            } else {
                inputs = n.asInt();
            }
        }
        if (command == null || command.isBlank()) {
            problem("judge.generator", "give the command that prints one input, e.g. \"python3 gen.py --seed {seed}\"");
            return Optional.empty();
        }
        if (!command.contains("{seed}")) {
            problem("judge.generator", "the command must take {seed} (replaced by a fresh number per input)");
            return Optional.empty();
        }
        return Optional.of(new Judge.Generator(command, inputs));
    }

    private List<TestCase> parseCases(JsonNode node) {
        return parseCases(node, "judge.cases");
    }

    private List<TestCase> parseCases(JsonNode node, String where) {
        List<TestCase> cases = new ArrayList<>();
        if (node == null) return cases;
        if (node.isTextual()) {
            Path folder = dir.resolve(node.asText()).normalize();
            if (!Files.isDirectory(folder)) {
                problem(where, "folder " + node.asText() + " not found");
                return cases;
            }
            for (String f : listFiles(folder)) {
                if (!f.endsWith(".in")) continue;
                String name = f.substring(0, f.length() - 3);
                Path out = folder.resolve(name + ".out");
                if (!Files.isRegularFile(out)) problem(where, "input " + node.asText() + "/" + f + " has no reference output " + name + ".out");
                else cases.add(new TestCase(name, folder.resolve(f), out));
            }
            if (cases.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(where))) {
                problem(where, "folder " + node.asText() + " holds no NAME.in / NAME.out pairs");
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode c : node) {
                String field = where + "[" + i++ + "]";
                String in = text(c, "input", null);
                String out = text(c, "output", null);
                if (in == null) problem(field + ".input", "missing; the file fed to standard input");
                if (out == null) problem(field + ".output", "missing; the reference output file");
                if (in == null || out == null) continue;
                Path inPath = dir.resolve(in).normalize();
                Path outPath = dir.resolve(out).normalize();
                if (!Files.isRegularFile(inPath)) problem(field + ".input", "file " + in + " not found");
                if (!Files.isRegularFile(outPath)) problem(field + ".output", "file " + out + " not found");
                String name = text(c, "name", inPath.getFileName().toString().replaceFirst("\\.in$", ""));
                cases.add(new TestCase(name, inPath, outPath));
            }
        } else {
            problem(where, "must be a folder of NAME.in/NAME.out pairs or a list of {input, output}");
        }
        return cases;
    }

    private Workload parseWorkload(JsonNode node, Judge judge) {
        Optional<String> command = Optional.ofNullable(text(node, "command", null));
        List<Path> inputs = new ArrayList<>();
        for (String in : strings(node, "inputs", "workload.inputs")) {
            Path p = dir.resolve(in).normalize();
            if (!Files.isRegularFile(p)) problem("workload.inputs", "file " + in + " not found");
            inputs.add(p);
        }
        if (inputs.isEmpty() && command.isEmpty()) judge.cases().forEach(c -> inputs.add(c.input()));
        if (inputs.isEmpty() && command.isEmpty() && !judge.cases().isEmpty()) problem("workload", "nothing to time; give inputs or a command");
        Workload workload = Workload.defaults().withInputs(inputs);
        return command.map(workload::withCommand).orElse(workload);
    }

    /** A kernel run starts Python, imports torch, initialises CUDA and times 100+ calls of each side. */
    static final TaskLimits KERNEL_LIMITS = new TaskLimits(Duration.ofMinutes(5), 16L * 1024 * 1024 * 1024);

    private <T> T problemThen(String field, String message, T value) {
        problem(field, message);
        return value;
    }

    private TaskLimits parseLimits(JsonNode node, TaskLimits d) {
        Duration time = d.time();
        long memory = d.memoryBytes();
        String t = text(node, "time", null);
        if (t != null) {
            Matcher m = DURATION.matcher(t.trim());
            if (!m.matches()) problem("limits.time", "'" + t + "' is not a duration such as 10s, 500ms or 2m");
            else {
                double v = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                long ms = (long) (v * switch (unit) { case "ms" -> 1; case "m" -> 60_000; default -> 1000; });
                if (ms <= 0) problem("limits.time", "must be positive");
                else time = Duration.ofMillis(ms);
            }
        }
        String mem = text(node, "memory", null);
        if (mem != null) {
            Matcher m = SIZE.matcher(mem.trim());
            if (!m.matches()) problem("limits.memory", "'" + mem + "' is not a size such as 512m or 2g");
            else {
                long v = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
                memory = v * switch (unit) { case "k" -> 1024L; case "m" -> 1024L * 1024; case "g" -> 1024L * 1024 * 1024; default -> 1L; };
                if (memory < 16L * 1024 * 1024) problem("limits.memory", "'" + mem + "' is below 16m, too small to start a program");
            }
        }
        return new TaskLimits(time, memory);
    }

    private String text(JsonNode node, String field, String fallback) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return fallback;
        if (!v.isValueNode()) {
            problem(field, "must be a single value, not a " + (v.isArray() ? "list" : "mapping"));
            return fallback;
        }
        String s = v.asText();
        return s.isBlank() ? fallback : s;
    }

    private List<String> strings(JsonNode node, String field, String qualified) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return List.of();
        if (v.isValueNode()) return List.of(v.asText());
        if (!v.isArray()) {
            problem(qualified, "must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    private void problem(String field, String message) {
        problems.add(new Problem(file, field, message));
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        return s.strip().lines().findFirst().orElse("").strip();
    }

    private static boolean isDouble(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Every regular file under {@code root}, as sorted relative paths with '/' separators. */
    public static List<String> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
