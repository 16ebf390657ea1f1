package dev.perfagent.datasets.loaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.datasets.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One GSO instance as the harness needs it. The loader keeps the record beside the task ({@link #FILE} in the task's
 * folder, with the repository it found), so that a runner can tell a GSO task from others and read it back.
 *
 * @param tests          the performance test scripts (GSO's {@code tests}; the prob_script when it gives none)
 * @param setupCommands  shell commands run in the fresh checkout before anything else
 * @param installCommands shell commands that build/install the checkout (run for every tree: base, expert, patched)
 * @param repository     the local clone or bare mirror the trees are checked out from
 * @param image          the instance's container image as the record names it ({@code image}, {@code docker_image} or
 *                       {@code image_name}); empty when it gives only GSO's {@code instance_image_tag}
 */
public record GsoInstance(String id, String repo, String baseCommit, String optCommit, String api, String probScript,
                          List<String> tests, List<String> setupCommands, List<String> installCommands, String gtDiff,
                          String imageTag, Path repository, String image) {
    public static final String FILE = "gso-instance.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public GsoInstance {
        tests = List.copyOf(tests);
        setupCommands = List.copyOf(setupCommands);
        installCommands = List.copyOf(installCommands);
    }

    /** The instance of a task that the gso loader made, if this is one. */
    public static Optional<GsoInstance> of(Task task) {
        Path file = task.dir().resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return Optional.of(fromRecord(n.get("record"), Path.of(n.get("repository").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static GsoInstance fromRecord(JsonNode r, Path repository) {
        List<String> tests = strings(r.get("tests"));
        String prob = text(r, "prob_script");
        if (tests.isEmpty()) tests = List.of(prob);
        return new GsoInstance(text(r, "instance_id"), text(r, "repo"), text(r, "base_commit"), text(r, "opt_commit"), text(r, "api"),
                prob, tests, strings(r.get("setup_commands")), strings(r.get("install_commands")), text(r, "gt_diff"),
                text(r, "instance_image_tag"), repository,
                java.util.stream.Stream.of("image", "docker_image", "image_name").map(f -> text(r, f)).filter(t -> !t.isBlank()).findFirst().orElse(""));
    }

    static void write(Path taskDir, JsonNode record, Path repository) {
        var root = JSON.createObjectNode();
        root.put("repository", repository.toAbsolutePath().toString());
        root.set("record", record);
        try {
            Materializer.write(taskDir.resolve(FILE), JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GSO writes command lists as JSON lists, some tools as one string with lines: both read as a list. */
    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isTextual()) {
            n.asText().lines().filter(l -> !l.isBlank()).forEach(out::add);
            return out;
        }
        for (JsonNode x : n) if (x.isTextual() && !x.asText().isBlank()) out.add(x.asText());
        return out;
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || !v.isTextual() ? "" : v.asText();
    }

    /**
     * Where a repository "owner/name" is kept under {@code repos}: {@code owner__name} or {@code owner__name.git}, a
     * clone or a bare mirror (GSO's own naming).
     */
    public static Optional<Path> locate(Path repos, String repo) {
        String name = repo.replace("/", "__");
        for (String candidate : List.of(name, name + ".git")) {
            Path p = repos.resolve(candidate);
            if (Files.isDirectory(p.resolve(".git")) || Files.isRegularFile(p.resolve("HEAD")) && Files.isDirectory(p.resolve("objects"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
