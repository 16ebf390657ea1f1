package dev.perfagent.datasets.loaders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfagent.datasets.TaskKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GSO instances: JSON lines with {@code instance_id}, {@code repo}, {@code base_commit}, {@code opt_commit},
 * {@code prob_script} (the performance test), {@code tests[]}, {@code gt_diff} and the image and setup fields.
 * Each is a repository task; it needs the instance's container image and the repository at {@code base_commit},
 * so where those cannot be had it is listed as skipped with the reason. The expert patch ({@code gt_diff}) is kept.
 */
public final class GsoLoader implements TaskLoader {
    private static final List<String> REQUIRED = List.of("instance_id", "repo", "base_commit", "opt_commit", "prob_script");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

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
                String reason = context.environment().repoCheckout()
                        .map(r -> r + " (" + line.string("repo") + " at " + abbreviate(line.string("base_commit")) + ")")
                        .orElse("repository tasks are not run by perfagent bench yet (" + line.string("repo") + ")");
                entries.add(SuiteEntry.skipped(id, TaskKind.REPO, reason, new Fingerprint().text(line.text()).hex())
                        .withExpertPatch(line.string("gt_diff")));
            }
        }
        return new LoadedSuite(suite.toAbsolutePath().normalize().getFileName().toString(), name(), entries, problems);
    }

    private static String abbreviate(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
