package dev.perfagent.agent.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The bundled example repositories, copied into a fresh git checkout per test so that nothing writes to them. */
public final class ExampleRepos {
    public static final Path ROOT = Path.of("..", "datasets", "repos").toAbsolutePath().normalize();

    private ExampleRepos() {
    }

    /** A copy of {@code name} under {@code tmp}, committed as a git repository of its own. */
    public static Path checkout(String name, Path tmp) throws IOException, InterruptedException {
        Path src = ROOT.resolve(name);
        Path dst = tmp.resolve(name);
        RepoFiles.copy(src, RepoFiles.list(src), dst);
        git(dst, "init", "-q");
        git(dst, "add", "-A");
        git(dst, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "example");
        return dst;
    }

    public static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("git " + String.join(" ", args) + ": " + out);
    }

    public static String gitOut(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Why a Maven repository cannot be built offline here, or null when it can. */
    public static String mavenMissing() {
        if (!onPath("mvn")) return "mvn is not installed";
        if (!onPath("git")) return "git is not installed";
        Path jupiter = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "junit", "jupiter", "junit-jupiter", "6.1.3");
        if (!Files.isDirectory(jupiter)) return "JUnit 6.1.3 is not in ~/.m2 (build perfagent once online)";
        return null;
    }

    public static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }
}
