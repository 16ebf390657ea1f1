package dev.perfagent.agent.bench.gso;

import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A GSO instance's performance tests as the workload and the test of a repository-mode loop: they are written into the
 * checkout under {@code tests/perfagent_gso/} (a test path, which the model may not edit), with a runner that calls
 * each test's {@code run_test} as GSO does. The runner stores the base's outputs once ({@code reference}, in the
 * sandbox, before the loop), times every test in one process ({@code time}: the loop's benchmark, profiled for
 * targeting) and checks a candidate's outputs against the base's ({@code eqcheck}: the loop's test).
 */
final class GsoWorkload {
    static final String DIR = "tests/perfagent_gso";
    static final String RUNNER = DIR + "/gso_bench.py";
    static final String BENCH = "python3 -B " + RUNNER + " time";
    static final String TEST = "python3 -B " + RUNNER + " eqcheck";

    private static final String SOURCE = """
            import os, runpy, sys
            mode = sys.argv[1]
            here = os.path.dirname(os.path.abspath(__file__))
            tree = os.path.dirname(os.path.dirname(here))
            sys.path.insert(0, tree)
            if os.path.isdir(os.path.join(tree, "src")):
                sys.path.insert(1, os.path.join(tree, "src"))
            refs = os.path.join(here, "refs")
            os.makedirs(refs, exist_ok=True)
            total = 0.0
            for i in range(COUNT):
                module = runpy.run_path(os.path.join(here, "bench_t%d.py" % i), run_name="gso_performance_test")
                cwd = os.getcwd()
                os.chdir(refs)
                try:
                    total += float(module["run_test"](mode == "eqcheck", mode == "reference", "t%d" % i))
                finally:
                    os.chdir(cwd)
            print("performance tests: %d, run_test seconds: %r" % (COUNT, total))
            """;

    private GsoWorkload() {
    }

    /** Writes the tests and their runner into the checkout. */
    static void write(Path checkout, List<String> tests) {
        try {
            Path dir = Files.createDirectories(checkout.resolve(DIR));
            for (int i = 0; i < tests.size(); i++) Files.writeString(dir.resolve("bench_t" + i + ".py"), tests.get(i));
            Files.writeString(checkout.resolve(RUNNER), SOURCE.replace("COUNT", Integer.toString(tests.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the tests once on the checkout in the sandbox, storing their outputs, and copies those into the checkout. */
    static void storeReference(Sandbox sandbox, Path checkout, String instance) throws TaskSetupException {
        try (Workspace ws = Workspace.create("gso-reference").copyFrom(checkout)) {
            ExecResult r = sandbox.exec(ws, ExecSpec.shell("python3 -B " + RUNNER + " reference",
                            Limits.forBuild().withWallTime(Duration.ofMinutes(10))).writable()
                    .withEnv(Map.of("HOME", "/tmp", "PYTHONDONTWRITEBYTECODE", "1")));
            if (!r.ok()) {
                throw new TaskSetupException(instance + ": the performance tests fail on base_commit: " + r.describeEnd() + ": "
                        + GsoTree.lastLines(r.stderr(), 3));
            }
            Path refs = Files.createDirectories(checkout.resolve(DIR).resolve("refs"));
            try (var list = Files.list(ws.resolve(DIR).resolve("refs"))) {
                for (Path f : list.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) Files.copy(f, refs.resolve(f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
