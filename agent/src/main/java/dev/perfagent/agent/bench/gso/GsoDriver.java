package dev.perfagent.agent.bench.gso;

/**
 * The Python that runs one performance test once, as GSO's harness does: the test file is loaded as a module (its own
 * {@code __main__} block, if any, does not run), {@code run_test(eqcheck, reference, prefix)} is called with the
 * reference folder as working directory and the tree first on {@code sys.path}, and the seconds it returns — the
 * test's own timeit of {@code experiment()} — are printed after a marker. Equivalence failures are the test's
 * AssertionError: a non-zero exit with the message on stderr.
 */
final class GsoDriver {
    static final String FILE = ".perfagent/gso_run.py";
    static final String MARKER = "PERFAGENT_GSO_TIME ";

    static final String SOURCE = """
            import os, runpy, sys
            test, mode, prefix, refs, tree = sys.argv[1:6]
            test, refs, tree = os.path.abspath(test), os.path.abspath(refs), os.path.abspath(tree)
            sys.path.insert(0, tree)
            src = os.path.join(tree, "src")
            if os.path.isdir(src):
                sys.path.insert(1, src)
            os.chdir(refs)
            module = runpy.run_path(test, run_name="gso_performance_test")
            seconds = module["run_test"](mode == "eqcheck", mode == "reference", prefix)
            sys.stdout.write("\\n%s%r\\n" % ("PERFAGENT_GSO_TIME ", float(seconds)))
            """;

    private GsoDriver() {
    }

    /** The seconds a run printed, or NaN when the marker is missing. */
    static double seconds(String stdout) {
        double found = Double.NaN;
        for (String line : stdout.split("\n")) {
            if (line.startsWith(MARKER)) {
                try {
                    found = Double.parseDouble(line.substring(MARKER.length()).trim());
                } catch (NumberFormatException e) {
                    found = Double.NaN;
                }
            }
        }
        return found;
    }
}
