package dev.perfagent.datasets.loaders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfagent.datasets.BuildSpec;
import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.RunSpec;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.TestCase;
import dev.perfagent.datasets.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PIE (Learning Performance-Improving Code Edits) records: JSON lines with {@code problem_id} and the slow and
 * fast programs as {@code src_code}/{@code tgt_code} (newer release) or {@code input}/{@code target} (older),
 * optional {@code tests} (indices of the cases to use), and a folder of cases per problem,
 * {@code tests/<problem_id>/input.N.txt} with {@code output.N.txt}, beside the JSON-lines file. Each record becomes
 * a C++ program task whose expert is the target program, built with {@code g++ -O3} as in the paper.
 */
public final class PieLoader implements TaskLoader {
    /** Folder names the test cases may live under, next to the JSON-lines file; the public release uses the last. */
    static final List<String> TEST_FOLDERS = List.of("tests", "test_cases", "public_test_cases");
    private static final Pattern INPUT = Pattern.compile("input\\.(\\d+)\\.txt");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PYTHON_NAME = Pattern.compile("(^|[^a-z])(py|python|python3)($|[^a-z])");
    private static final Set<Language> SUPPORTED = Set.of(Language.CPP, Language.PYTHON);

    @Override
    public String name() {
        return "pie";
    }

    @Override
    public String description() {
        return "PIE JSON lines + tests/<problem_id>/input.N.txt, output.N.txt";
    }

    @Override
    public LoadedSuite load(Path suite, LoadContext context) throws SuiteNotFoundException {
        List<Path> files = Materializer.jsonlFiles(suite, "a PIE JSON-lines file or a folder holding one");
        List<SuiteEntry> entries = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            Optional<Path> testsRoot = TEST_FOLDERS.stream().map(n -> file.toAbsolutePath().getParent().resolve(n)).filter(Files::isDirectory).findFirst();
            for (JsonLines.Line line : JsonLines.read(file, problems)) {
                record(line, testsRoot, context, ids, problems).ifPresent(entries::add);
            }
        }
        String name = suite.toAbsolutePath().normalize().getFileName().toString();
        return new LoadedSuite(name, name(), entries, problems);
    }

    private Optional<SuiteEntry> record(JsonLines.Line line, Optional<Path> testsRoot, LoadContext context, Set<String> ids, List<RecordProblem> problems) {
        List<String> missing = new ArrayList<>();
        String problemId = line.string("problem_id");
        String src = line.firstString("src_code", "input");
        String tgt = line.firstString("tgt_code", "target");
        if (problemId == null) missing.add("problem_id");
        if (src == null) missing.add("src_code (or input)");
        if (tgt == null) missing.add("tgt_code (or target)");
        if (!missing.isEmpty()) return fail(problems, line, "missing or not a string: " + String.join(", ", missing));
        if (!ID.matcher(problemId).matches()) return fail(problems, line, "problem_id '" + problemId + "' may use only letters, digits, '.', '_' and '-'");
        String named = line.string("language");
        Optional<Language> language = named != null ? Language.parse(named).filter(SUPPORTED::contains) : Optional.of(fromFileName(line.file()));
        if (language.isEmpty()) {
            return fail(problems, line, "language '" + named + "' is not supported by the pie loader (C++ or Python)");
        }
        boolean python = language.get() == Language.PYTHON;
        String submission = line.string("submission_id_v0");
        String id = submission == null ? problemId : problemId + "_" + submission;
        if (ids.contains(id)) return fail(problems, line, "task id " + id + " appears on an earlier line; records must be unique");
        if (testsRoot.isEmpty()) return fail(problems, line, "no test cases: none of " + TEST_FOLDERS + " next to " + line.file().getFileName());
        Path caseDir = testsRoot.get().resolve(problemId);
        if (!Files.isDirectory(caseDir)) return fail(problems, line, "no test cases: folder " + testsRoot.get().getFileName() + "/" + problemId + " not found");
        List<TestCase> cases = new ArrayList<>();
        Optional<String> bad = cases(line, caseDir, cases);
        if (bad.isPresent()) return fail(problems, line, bad.get());

        Path dir = context.workDir().resolve("pie").resolve(id);
        String main = python ? "main.py" : "main.cpp";
        Materializer.write(dir.resolve("src").resolve(main), src);
        Materializer.write(dir.resolve("expert").resolve(main), tgt);
        Fingerprint fp = new Fingerprint().text(language.get().id()).text(src).text(tgt);
        cases.forEach(c -> fp.text(c.name()).file(c.input()).file(c.expectedOutput()));
        Task task = Task.of(dir, id, language.get(), TaskKind.PROGRAM, dir.resolve("src"))
                .withDescription("PIE problem " + problemId + (submission == null ? "" : ", submission " + submission) + " (" + language.get().id() + ")")
                .withSources(List.of(main)).withEditable(List.of(main))
                .withBuild(python ? BuildSpec.defaults() : new BuildSpec(Optional.empty(), List.of("-O3", "-std=c++17"), "javac"))
                .withRun(python ? new RunSpec(Optional.empty(), Optional.of(main), List.of()) : RunSpec.defaults())
                .withJudge(Judge.defaults().withCases(cases))
                .withWorkload(Workload.defaults().withInputs(cases.stream().map(TestCase::input).toList()))
                .withExpert(Optional.of(dir.resolve("expert"))).withLimits(new TaskLimits(Duration.ofSeconds(10), 1024L * 1024 * 1024));
        ids.add(id);
        return Optional.of(SuiteEntry.runnable(task, fp.hex()));
    }

    /** The cases of a problem: those listed in {@code tests}, or every input.N.txt; each needs its output.N.txt. */
    private static Optional<String> cases(JsonLines.Line line, Path caseDir, List<TestCase> out) {
        TreeMap<Integer, Path> inputs = new TreeMap<>();
        JsonNode tests = line.node().get("tests");
        if (tests != null && !tests.isNull()) {
            if (!tests.isArray()) return Optional.of("tests must be a list of case indices, e.g. [0, 1, 2]");
            for (JsonNode t : tests) {
                if (!t.canConvertToInt()) return Optional.of("tests holds '" + t.asText() + "', not a case index");
                inputs.put(t.asInt(), caseDir.resolve("input." + t.asInt() + ".txt"));
            }
        } else {
            try (Stream<Path> list = Files.list(caseDir)) {
                list.forEach(p -> {
                    Matcher m = INPUT.matcher(p.getFileName().toString());
                    if (m.matches()) inputs.put(Integer.parseInt(m.group(1)), p);
                });
            } catch (IOException e) {
                return Optional.of("cannot read " + caseDir + ": " + e.getMessage());
            }
        }
        if (inputs.isEmpty()) return Optional.of("no test cases: " + caseDir + " holds no input.N.txt");
        for (var e : inputs.entrySet()) {
            Path output = caseDir.resolve("output." + e.getKey() + ".txt");
            if (!Files.isRegularFile(e.getValue())) return Optional.of("test case " + e.getKey() + ": " + e.getValue() + " not found");
            if (!Files.isRegularFile(output)) return Optional.of("test case " + e.getKey() + ": " + output + " not found");
            out.add(new TestCase(String.valueOf(e.getKey()), e.getValue(), output));
        }
        return Optional.empty();
    }

    /** A record without {@code language}: the file's name says Python ({@code x.py.jsonl}, {@code python-train.jsonl}), else C++. */
    static Language fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.jsonl$", "");
        return PYTHON_NAME.matcher(name).find() ? Language.PYTHON : Language.CPP;
    }

    private static Optional<SuiteEntry> fail(List<RecordProblem> problems, JsonLines.Line line, String message) {
        problems.add(line.problem(message));
        return Optional.empty();
    }
}
