package dev.perfagent.agent.bench.gso;

import dev.perfagent.datasets.loaders.GsoInstance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fills {@code --repos DIR} before a GSO suite loads: each repository the instances name that is not there is cloned as
 * a bare mirror, {@code DIR/owner__name.git}, from {@code --repo-url} ({@code {repo}} is owner/name, {@code {owner}} and {@code {name}} its parts; GitHub by default).
 * Where the network does not allow it, one line per repository names the mirror that is missing and how to make it;
 * its instances are then listed as not run (and counted as not optimized), as without cloning.
 */
public final class GsoMirrors {
    public static final String DEFAULT_URL = "https://github.com/{repo}.git";
    private static final long CLONE_MINUTES = 60;

    private GsoMirrors() {
    }

    /** @return how many repositories were cloned */
    public static int fill(Collection<String> repos, Path dir, String urlTemplate, PrintWriter err) {
        int cloned = 0;
        for (String repo : repos) {
            if (GsoInstance.locate(dir, repo).isPresent()) continue;
            String url = urlTemplate.replace("{repo}", repo).replace("{owner}", repo.substring(0, repo.indexOf('/')))
                    .replace("{name}", repo.substring(repo.indexOf('/') + 1));
            Path target = dir.resolve(repo.replace("/", "__") + ".git");
            err.println("bench: cloning " + repo + " from " + url + " into " + target);
            err.flush();
            String failed = clone(url, target);
            if (failed == null) {
                cloned++;
                continue;
            }
            err.println("bench: cannot clone " + repo + " from " + url + " (" + failed + "): its mirror " + target
                    + " is missing; make it where there is network (git clone --mirror " + url + " " + target.getFileName()
                    + ") and copy it into " + dir);
            err.flush();
        }
        return cloned;
    }

    /** @return null when cloned, else git's last line */
    private static String clone(String url, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (Files.exists(partial)) GsoTree.deleteTree(partial);
            ProcessBuilder pb = new ProcessBuilder(List.of("git", "clone", "--mirror", "--quiet", url, partial.toString())).redirectErrorStream(true);
            pb.environment().putAll(Map.of("GIT_TERMINAL_PROMPT", "0", "GIT_ASKPASS", "true"));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(CLONE_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "git clone did not finish in " + CLONE_MINUTES + " min";
            }
            if (p.exitValue() != 0) {
                List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
                if (Files.exists(partial)) GsoTree.deleteTree(partial);
                return lines.isEmpty() ? "git exit " + p.exitValue() : lines.get(lines.size() - 1);
            }
            // renamed only once complete: an interrupted clone never looks like a mirror
            Files.move(partial, target);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
