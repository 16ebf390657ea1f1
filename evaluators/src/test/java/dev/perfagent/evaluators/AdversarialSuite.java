package dev.perfagent.evaluators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskSuite;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.Sandbox;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The adversarial suite ({@code datasets/suites/adversarial}): every hostile candidate through the
 * Evaluator in a given sandbox, each with the verdict its task's {@code expected.yaml} requires, and the
 * task folders (reference outputs, harness) plus a canary folder on the host byte-identical afterwards.
 */
final class AdversarialSuite {
    static final Path SUITE = Path.of("..", "datasets", "suites", "adversarial").toAbsolutePath().normalize();

    /**
     * One hostile candidate and what it must come out as; {@code inContainer} where the container sandbox stops it
     * differently (its memory limit is the whole container's, not each command's): one verdict, or several
     * written {@code A|B} where which one depends on the machine (none of them ever IMPROVED).
     */
    record Attack(Task task, Path candidate, Verdict expected, List<Verdict> inContainer, String why) {
        String name() {
            return task.id() + "/" + candidate.getFileName();
        }

        List<Verdict> expectedIn(Sandbox sandbox) {
            return sandbox.name().equals("container") ? inContainer : List.of(expected);
        }

        /**
         * What perfagent started by an ordinary user may give: the expected verdict, or the container's where a memory
         * dodge ends as it does there (a user gets no memory cgroup: the named fallback of docs/security.md).
         */
        List<Verdict> expectedAsUser() {
            return Stream.concat(Stream.of(expected), inContainer.stream()).distinct().toList();
        }
    }

    private AdversarialSuite() {
    }

    static List<Attack> attacks() throws Exception {
        return attacks(SUITE);
    }

    /** The attacks of the suite at {@code suite} (the bundled one, or a copy of it). */
    static List<Attack> attacks(Path suite) throws Exception {
        List<Attack> attacks = new ArrayList<>();
        for (Path f : TaskSuite.taskFiles(suite)) {
            Task task = TaskYaml.load(f);
            JsonNode expected = new YAMLMapper().readTree(task.dir().resolve("expected.yaml").toFile());
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode e = expected.get(name);
                Path dir = task.dir().resolve("candidates").resolve(name);
                assertThat(Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)).as("expected.yaml names " + name).isTrue();
                Verdict v = Verdict.valueOf(e.get("verdict").asText());
                List<Verdict> c = e.has("container")
                        ? Stream.of(e.get("container").asText().split("\\|")).map(Verdict::valueOf).toList() : List.of(v);
                assertThat(c).as(name + " may never be IMPROVED").doesNotContain(Verdict.IMPROVED);
                attacks.add(new Attack(task, dir, v, c, e.get("why").asText()));
            }
            try (Stream<Path> dirs = Files.list(task.dir().resolve("candidates"))) {
                assertThat(dirs.map(p -> p.getFileName().toString()).toList())
                        .as("every candidate has its verdict in expected.yaml").allMatch(expected::has);
            }
        }
        return attacks;
    }

    /**
     * Options small enough for a test: a REGRESSED verdict needs the plan's minimum of runs (the slow
     * candidates take ~0.4 s a run), everything else ends before measuring.
     */
    static EvaluatorOptions options() {
        return new EvaluatorOptions(MeasurementPlan.defaults().withBudget(Duration.ofSeconds(20)), false);
    }

    /** One dynamic test per attack, then one that the host folders are unchanged. */
    static Stream<DynamicTest> run(Sandbox sandbox, Path canary) throws Exception {
        List<Attack> attacks = attacks();
        assertThat(attacks).as("at least 60 hostile candidates").hasSizeGreaterThanOrEqualTo(60);
        assertThat(attacks.stream().map(a -> a.task().language()).distinct()).as("C++, Java and Python").hasSize(3);
        List<Path> folders = new ArrayList<>(List.of(canary));
        attacks.stream().map(a -> a.task().dir()).distinct().forEach(folders::add);
        Map<Path, String> before = new TreeMap<>();
        folders.forEach(d -> before.put(d, digest(d)));
        HostSnapshot host = HostSnapshot.take(folders);
        Evaluator evaluator = new Evaluator(sandbox, options());
        long start = System.nanoTime();
        List<DynamicTest> tests = new ArrayList<>();
        for (Attack a : attacks) {
            List<Verdict> want = a.expectedIn(sandbox);
            tests.add(dynamicTest(a.name() + " → " + want.stream().map(Verdict::name).collect(java.util.stream.Collectors.joining("|")), () -> {
                Evaluation e = evaluator.evaluate(a.task(), Candidate.fromDirectory(a.candidate()));
                System.out.println(sandbox.name() + " " + a.name() + ": " + e.verdict() + " — " + e.reason());
                assertThat(e.verdict()).as(a.name() + " (" + a.why() + "): " + e.reason()).isIn(want);
            }));
        }
        tests.add(dynamicTest("the host is as it was: task folders, canary, kernel knobs, devices, no new setuid files", () -> {
            evaluator.close();
            System.out.printf("%s: %d hostile candidates in %.0f s%n", sandbox.name(), attacks.size(), (System.nanoTime() - start) / 1e9);
            before.forEach((dir, digest) -> assertThat(digest(dir)).as(dir.toString()).isEqualTo(digest));
            assertThat(host.differences(HostSnapshot.take(folders))).as("changes on the host").isEmpty();
        }));
        return tests.stream();
    }

    /** A canary folder on the host: it stands for anything of the user's that a candidate must not touch. */
    static Path canary() throws IOException {
        Path c = Files.createTempDirectory("perfagent-canary-");
        Files.writeString(c.resolve("large.out"), "150000 -105392941 86379019\n");
        Files.createDirectories(c.resolve("tests"));
        Files.writeString(c.resolve("tests/secret.txt"), "SECRET-REFERENCE-OUTPUT 42\n");
        return c;
    }

    /** SHA-256 over every file's relative path, mode and bytes. */
    static String digest(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.sorted().toList()) {
                md.update(dir.relativize(p).toString().getBytes());
                if (Files.isSymbolicLink(p)) {
                    md.update(Files.readSymbolicLink(p).toString().getBytes());
                } else if (Files.isRegularFile(p)) {
                    md.update(Files.readAllBytes(p));
                    md.update(Files.getPosixFilePermissions(p).toString().getBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a folder tree as it is: links stay links (a candidate may be one), nothing is followed. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(target);
                else Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.sorted((x, y) -> y.compareTo(x)).toList()) Files.deleteIfExists(p);
        }
    }
}
