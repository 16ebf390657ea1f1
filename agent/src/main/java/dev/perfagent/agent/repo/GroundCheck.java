package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.OriginalCheck;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.sandbox.Sandbox;

import java.util.Locale;

/**
 * Build, tests and benchmark on the original, before profiling and before any model call: a run that would fail on
 * every candidate for a reason of the setup stops here, with one line naming the perfagent.yaml key (or flag) that
 * fixes it.
 */
final class GroundCheck {
    private GroundCheck() {
    }

    static OriginalCheck.Ground check(Sandbox sandbox, Task task, RepoSetup setup) throws TaskSetupException, RepoOptimize.RepoException {
        OriginalCheck.Ground g = OriginalCheck.check(sandbox, task);
        if (g.failure().isPresent()) throw new RepoOptimize.RepoException(message(setup, task, g.failure().get()));
        return g;
    }

    static String message(RepoSetup setup, Task task, OriginalCheck.Failure f) {
        String limit = f.limit().map(l -> limitAdvice(l, task, f.stage())).orElse("");
        return switch (f.stage()) {
            case BUILD -> "the original does not build (" + f.detail() + ")" + limit + ": fix it, or set repo.build in perfagent.yaml (or --build); now: "
                    + setup.build().orElse(setup.buildSystem().label() + "'s default build");
            case TESTS -> f.detail().equals("the test command ran no test")
                    ? "the test command ran no test (" + setup.test() + "): set repo.test in perfagent.yaml (or --test) to a command that runs the project's tests"
                    + (setup.buildSystem() == BuildSystem.CMAKE ? " (ctest needs the tests built: -DBUILD_TESTING=ON or the project's option in repo.build)" : "")
                    : "the tests fail on the original (" + f.detail() + ")" + limit + pythonPathHint(setup, f.detail())
                    + ": set repo.test in perfagent.yaml (or --test) to a command that passes; now: " + setup.test();
            case BENCHMARK -> "the benchmark fails on the original (" + f.detail() + ")" + limit + pythonPathHint(setup, f.detail())
                    + ": set repo.bench in perfagent.yaml (or --bench); now: " + setup.workloadLabel();
        };
    }

    private static String limitAdvice(String limit, Task task, OriginalCheck.Stage stage) {
        if (limit.equals("memory limit")) {
            long mib = (stage == OriginalCheck.Stage.BENCHMARK ? task.limits().memoryBytes() : RepoMemory.BUILD_BYTES) / (1024 * 1024);
            return "; it hit the memory limit of " + mib + " MiB per process: raise repo.memory in perfagent.yaml (e.g. repo.memory: "
                    + Math.max(2, 2 * mib / 1024) + "g)";
        }
        if (limit.equals("wall-time limit") && stage == OriginalCheck.Stage.BENCHMARK) {
            return String.format(Locale.ROOT, "; one run may take %d s: give a shorter benchmark", task.limits().time().toSeconds());
        }
        return "; it hit the " + limit;
    }

    /** A Python import that fails in a src/ layout is almost always the path. */
    private static String pythonPathHint(RepoSetup setup, String detail) {
        if (setup.buildSystem() != BuildSystem.PYTHON || !detail.contains("ModuleNotFoundError")) return "";
        return java.nio.file.Files.isDirectory(setup.dir().resolve("src"))
                ? "; the package is under src/: put PYTHONPATH=src before the command" : "";
    }
}
