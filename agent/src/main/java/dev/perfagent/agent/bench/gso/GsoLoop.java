package dev.perfagent.agent.bench.gso;

import dev.perfagent.agent.loop.Progress;
import dev.perfagent.agent.repo.BuildSystem;
import dev.perfagent.agent.repo.RepoOptimize;
import dev.perfagent.agent.repo.RepoSetup;
import dev.perfagent.agent.run.OptimizeRun;
import dev.perfagent.agent.run.RunSettings;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The agent loop on one GSO instance, as repository mode runs it: a checkout of base_commit whose workload is the
 * instance's performance tests ({@link GsoWorkload}: timed and profiled to pick the targets, as for any repository;
 * their outputs checked against the base's as the loop's test). The candidate it returns is then scored by
 * {@link GsoHarness} against base and the expert measured in the same run, as GSO scores a patch.
 */
public final class GsoLoop {
    private GsoLoop() {
    }

    /**
     * @param runDir the attempt's folder: emptied first (an interrupted attempt starts again), then the checkout, the
     *               loop's trajectory and report, and {@code log.txt}
     * @throws RepoOptimize.RepoException when repository mode finds nothing to edit (the reason is the attempt's error)
     */
    public static RepoOptimize.Result search(Sandbox sandbox, OptimizeRun.Makers makers, GsoInstance instance, RunSettings settings,
                                             String runId, Path runDir) throws TaskSetupException, RepoOptimize.RepoException {
        if (!instance.setupCommands().isEmpty() || !instance.installCommands().isEmpty()) {
            throw new RepoOptimize.RepoException("the agent loop runs GSO instances without setup or install commands only "
                    + "(pure-Python checkouts); evaluate patches of this instance with --predictions FILE");
        }
        Path checkout = runDir.resolve("base");
        try {
            if (Files.exists(runDir)) GsoTree.deleteTree(runDir);
            GsoTree.export(instance.repository(), instance.baseCommit(), checkout);
        } catch (IOException e) {
            throw new TaskSetupException(instance.id() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        GsoWorkload.write(checkout, instance.tests());
        GsoWorkload.storeReference(sandbox, checkout, instance.id());
        RepoSetup setup = RepoSetup.of(checkout, instance.id(), BuildSystem.PYTHON, Language.PYTHON)
                .withTest(GsoWorkload.TEST).withBench(GsoWorkload.BENCH).withCheckOutput(false);
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(runDir.resolve("log.txt"), StandardCharsets.UTF_8), true)) {
            return new RepoOptimize(sandbox, makers, Progress.SILENT, log).run(setup, false, true, settings, runId, runDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
