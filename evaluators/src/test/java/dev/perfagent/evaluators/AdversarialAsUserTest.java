package dev.perfagent.evaluators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The adversarial suite with perfagent started by an ordinary user (uid 65534, nobody) rather than root: a JVM of its
 * own on this test's classpath ({@link AdversarialSuiteRunner}), started with {@code setpriv}, evaluates every hostile
 * candidate in the local sandbox. The suite, a canary and the classpath are copied to a temporary folder that user
 * can read; the suite and the canary are the user's own, as a user's tasks are. None may be IMPROVED; each gets its
 * expected verdict, or the container's where an ordinary user's missing memory cgroup lets a memory dodge end as it
 * does there (the fallback docs/security.md names); the host is unchanged afterwards and nothing is left behind.
 * Runs only when the tests run as root (only root can start a JVM as another user).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdversarialAsUserTest {
    private static final int NOBODY = 65534;
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final long LIMIT_MINUTES = 30;

    private Path work;

    @AfterAll
    void cleanUp() throws IOException {
        if (work != null) AdversarialSuite.delete(work);
    }

    @TestFactory
    Stream<DynamicTest> everyAttackGetsItsVerdictWithPerfagentAsAnOrdinaryUser() throws Exception {
        int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        Assumptions.assumeTrue(uid == 0, "perfagent as an ordinary user is started from root (setpriv); these tests run as uid " + uid);
        Assumptions.assumeTrue(Files.isExecutable(SETPRIV), "needs setpriv (util-linux) to start perfagent as uid " + NOBODY);

        work = Files.createTempDirectory("perfagent-as-user-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        String classpath = copyClasspath(work.resolve("classpath"));
        Path suite = work.resolve("suite");
        AdversarialSuite.copyTree(AdversarialSuite.SUITE, suite);
        Path canary = AdversarialSuite.canary();
        Path userCanary = work.resolve("canary");
        AdversarialSuite.copyTree(canary, userCanary);
        AdversarialSuite.delete(canary);
        Path home = Files.createDirectories(work.resolve("home"));
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        for (Path p : List.of(suite, userCanary, home, tmp)) chown(p);

        List<AdversarialSuite.Attack> attacks = AdversarialSuite.attacks(suite);
        List<Path> folders = new ArrayList<>(List.of(userCanary));
        attacks.stream().map(a -> a.task().dir()).distinct().forEach(folders::add);
        Map<Path, String> before = new HashMap<>();
        folders.forEach(d -> before.put(d, AdversarialSuite.digest(d)));
        HostSnapshot host = HostSnapshot.take(folders);

        long start = System.nanoTime();
        Path out = work.resolve("runner.out");
        Path err = work.resolve("runner.err");
        ProcessBuilder pb = new ProcessBuilder(SETPRIV.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home, "-cp", classpath,
                AdversarialSuiteRunner.class.getName(), suite.toString())
                .directory(home.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("TMPDIR", tmp.toString());
        Process runner = pb.start();
        boolean finished = runner.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            runner.descendants().forEach(ProcessHandle::destroyForcibly);
            runner.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        lines.forEach(l -> System.out.println("as uid " + NOBODY + ": " + l));
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        System.out.printf("as uid %d: %d hostile candidates in %.0f s%n", NOBODY, attacks.size(), seconds);
        assertThat(finished).as("the suite as uid " + NOBODY + " ended within " + LIMIT_MINUTES + " min").isTrue();
        assertThat(runner.exitValue()).as("the runner as uid " + NOBODY + ": " + tail(stderr)).isZero();
        assertThat(lines).as("the runner ran as uid " + NOBODY).contains("uid\t" + NOBODY);
        Map<String, String[]> got = lines.stream().filter(l -> l.startsWith("attack\t")).map(l -> l.split("\t", 4))
                .collect(Collectors.toMap(f -> f[1], f -> f, (a, b) -> b));

        List<DynamicTest> tests = new ArrayList<>();
        for (AdversarialSuite.Attack a : attacks) {
            List<Verdict> want = a.expectedAsUser();
            tests.add(dynamicTest(a.name() + " → " + want.stream().map(Verdict::name).collect(Collectors.joining("|")), () -> {
                String[] r = got.get(a.name());
                assertThat(r).as(a.name() + ": no verdict from the runner").isNotNull();
                Verdict v = Verdict.valueOf(r[2]);
                if (v != a.expected() && want.contains(v)) {
                    System.out.println("as uid " + NOBODY + ": " + a.name() + " " + v + " instead of " + a.expected()
                            + ": the container's verdict, as the named fallback (no memory cgroup for an ordinary user)");
                }
                assertThat(v).as(a.name() + " as uid " + NOBODY + " (" + a.why() + "): " + r[3]).isNotEqualTo(Verdict.IMPROVED).isIn(want);
            }));
        }
        tests.add(dynamicTest("the host is as it was and nothing of the run is left behind", () -> {
            before.forEach((dir, digest) -> assertThat(AdversarialSuite.digest(dir)).as(dir.toString()).isEqualTo(digest));
            assertThat(host.differences(HostSnapshot.take(folders))).as("changes on the host").isEmpty();
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left.toList()).as("workspaces and temporary files the run as uid " + NOBODY + " left").isEmpty();
            }
        }));
        return tests.stream();
    }

    /**
     * This JVM's classpath, copied where uid 65534 can read it (the Maven repository under /root cannot be); surefire's
     * manifest-only jar is followed to the entries it names.
     */
    private static String copyClasspath(Path to) throws IOException {
        Files.createDirectories(to);
        List<String> copied = new ArrayList<>();
        int i = 0;
        for (Path entry : classpathEntries()) {
            if (!Files.exists(entry)) continue;
            Path target = to.resolve(i++ + "-" + entry.getFileName());
            if (Files.isDirectory(entry)) AdversarialSuite.copyTree(entry, target);
            else Files.copy(entry, target);
            copied.add(target.toString());
        }
        try (Stream<Path> all = Files.walk(to)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, copied);
    }

    private static List<Path> classpathEntries() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            String name = p.getFileName().toString();
            if (name.startsWith("surefirebooter") && name.endsWith(".jar")) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    String cp = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : cp.trim().split("\\s+")) entries.add(Path.of(URI.create(url)));
                }
            } else {
                entries.add(p);
            }
        }
        return entries;
    }

    private static void chown(Path p) throws IOException, InterruptedException {
        Process c = new ProcessBuilder("chown", "-R", "-h", NOBODY + ":" + NOBODY, p.toString()).inheritIO().start();
        assertThat(c.waitFor()).as("chown " + p).isZero();
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : "…" + s.substring(s.length() - 2000);
    }
}
