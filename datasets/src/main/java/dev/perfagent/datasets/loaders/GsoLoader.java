package dev.perfagent.datasets.loaders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfagent.datasets.Judge;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.Workload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GSO instances: JSON lines with {@code instance_id}, {@code repo}, {@code base_commit}, {@code opt_commit},
 * {@code prob_script} (the performance test), {@code tests[]}, {@code gt_diff} and the image and setup fields.
 * Each is a repository task. With a folder of repositories ({@code --repos DIR}: {@code owner__name} clones or bare
 * mirrors) an instance whose repository is there becomes a runnable task ({@link GsoInstance} kept in its folder);
 * otherwise it is listed as skipped with what to do. The expert patch ({@code gt_diff}) is kept either way.
 */
public final class GsoLoader implements TaskLoader {
    private static final List<String> REQUIRED = List.of("instance_id", "repo", "base_commit", "opt_commit", "prob_script");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");
    /** owner/name as GitHub spells them: no path of its own ("..", slashes) to reach outside --repos. */
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    @Override
    public String name() {
        return "gso";
    }

    @Override
    public String description() {
        return "GSO instance JSON lines (instance_id, repo, base_commit, opt_commit, prob_script, tests, gt_diff)";
    }

    @Override
    public LoadedSuite load(Path suite, LoadContext context) throws SuiteNotFoundException {
        List<Path> files = Materializer.jsonlFiles(suite, "a GSO instances JSON-lines file or a folder holding one");
        List<SuiteEntry> entries = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            for (JsonLines.Line line : JsonLines.read(file, problems)) {
                List<String> missing = REQUIRED.stream().filter(f -> line.string(f) == null || line.string(f).isBlank()).toList();
                if (!missing.isEmpty()) {
                    problems.add(line.problem("missing or not a string: " + String.join(", ", missing)));
                    continue;
                }
                JsonNode tests = line.node().get("tests");
                if (tests != null && !tests.isNull() && !tests.isArray()) {
                    problems.add(line.problem("tests must be a list of test scripts"));
                    continue;
                }
                String id = line.string("instance_id");
                if (!ID.matcher(id).matches()) {
                    problems.add(line.problem("instance_id '" + id + "' may use only letters, digits, '.', '_' and '-'"));
                    continue;
                }
                if (!ids.add(id)) {
                    problems.add(line.problem("instance_id " + id + " appears on an earlier line"));
                    continue;
                }
                String repo = line.string("repo");
                String base = line.string("base_commit");
                if (!COMMIT.matcher(base).matches()) {
                    problems.add(line.problem("base_commit '" + base + "' is not a commit id (7 to 40 hexadecimal digits)"));
                    continue;
                }
                String fingerprint = new Fingerprint().text(line.text()).hex();
                Optional<Path> clone = context.repos().flatMap(d -> GsoInstance.locate(d, repo));
                if (clone.isEmpty()) {
                    String reason = context.repos().map(d -> "no clone of " + repo + " in " + d + ": expected " + d.resolve(repo.replace("/", "__"))
                                    + "[.git] (git clone --mirror https://github.com/" + repo + " " + d.resolve(repo.replace("/", "__") + ".git") + ")")
                            .orElse("needs the repository " + repo + " at " + abbreviate(base) + ": give --repos DIR holding "
                                    + repo.replace("/", "__") + " (a clone or a bare mirror)");
                    entries.add(SuiteEntry.skipped(id, TaskKind.REPO, reason, fingerprint).withExpertPatch(line.string("gt_diff")));
                    continue;
                }
                Path dir = context.workDir().resolve("gso").resolve(id);
                GsoInstance.write(dir, line.node(), clone.get());
                Task task = Task.of(dir, id, Language.PYTHON, TaskKind.REPO, clone.get())
                        .withDescription("GSO instance " + id + " (" + repo + " at " + abbreviate(base) + ")")
                        .withJudge(Judge.defaults().withCommand("gso-prob-script"))
                        .withWorkload(Workload.defaults().withCommand("gso-prob-script"))
                        .withLimits(new TaskLimits(Duration.ofSeconds(300), 8L * 1024 * 1024 * 1024));
                entries.add(SuiteEntry.runnable(task, fingerprint).withExpertPatch(line.string("gt_diff")));
            }
        }
        return new LoadedSuite(suite.toAbsolutePath().normalize().getFileName().toString(), name(), entries, problems);
    }

    /** The repositories ({@code owner/name}) the suite's well-formed records name, for cloning what --repos lacks. */
    public static java.util.SortedSet<String> repositories(Path suite) throws SuiteNotFoundException {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        List<RecordProblem> ignored = new ArrayList<>();
        for (Path file : Materializer.jsonlFiles(suite, "a GSO instances JSON-lines file or a folder holding one")) {
            for (JsonLines.Line line : JsonLines.read(file, ignored)) {
                String repo = line.string("repo");
                if (repo != null && REPO.matcher(repo).matches()) out.add(repo);
            }
        }
        return out;
    }

    private static String abbreviate(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
