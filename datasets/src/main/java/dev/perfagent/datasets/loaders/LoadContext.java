package dev.perfagent.datasets.loaders;

import java.nio.file.Path;

/**
 * What a loader may use besides the suite: a folder to write tasks it builds from records (PIE keeps its code
 * inside JSON, a task needs files), and what this machine offers.
 *
 * @param workDir     where loaders materialize tasks; its content is derived only from the suite
 * @param environment the hardware and tools present, asked so that a task that cannot run here is skipped with a reason
 * @param repos       the folder holding the repositories of repository tasks (GSO's {@code owner__name} clones), if given
 */
public record LoadContext(Path workDir, Environment environment, java.util.Optional<Path> repos) {
    /** Loading into {@code workDir} on this machine ({@link Environment#probe()}), with no repositories folder. */
    public static LoadContext in(Path workDir) {
        return new LoadContext(workDir, Environment.probe(), java.util.Optional.empty());
    }

    public LoadContext withEnvironment(Environment environment) {
        return new LoadContext(workDir, environment, repos);
    }

    public LoadContext withRepos(java.util.Optional<Path> repos) {
        return new LoadContext(workDir, environment, repos);
    }
}
