package dev.perfagent.agent.bench.gso;

/**
 * The Python that runs one performance test once, as GSO's harness does: the test file is loaded as a module (its own
 * {@code __main__} block, if any, does not run), {@code run_test(eqcheck, reference, prefix)} is called with the
 * reference folder as working directory and the tree first on {@code sys.path}, and the seconds it returns — the
 * test's own timeit of {@code experiment()} — are printed after a marker. Equivalence failures are the test's
 * AssertionError: a non-zero exit with the message on stderr.
 * <p>
 * The marker carries a nonce read from standard input (fed from a host file outside the workspace, then closed), so
 * that patched code which prints a marker of its own and leaves the process before the equivalence check
 * ({@code os._exit(0)}) is not read as a time: only the driver's own line counts.
 */
final class GsoDriver {
    static final String FILE = ".perfagent/gso_run.py";
    static final String MARKER = "PERFAGENT_GSO_TIME ";

    static final String SOURCE = """
            import os, runpy, sys
            nonce = sys.stdin.read().strip()
            os.close(0)
            test, mode, prefix, refs, tree = sys.argv[1:6]
            test, refs, tree = os.path.abspath(test), os.path.abspath(refs), os.path.abspath(tree)
            sys.path.insert(0, tree)
            src = os.path.join(tree, "src")
            if os.path.isdir(src):
                sys.path.insert(1, src)
            os.chdir(refs)
            module = runpy.run_path(test, run_name="gso_performance_test")
            seconds = module["run_test"](mode == "eqcheck", mode == "reference", prefix)
            sys.stdout.write("\\n%s%s %r\\n" % ("PERFAGENT_GSO_TIME ", nonce, float(seconds)))
            """;

    private GsoDriver() {
    }

    /** The seconds the driver printed with this run's nonce, or NaN when its line is missing. */
    static double seconds(String stdout, String nonce) {
        double found = Double.NaN;
        String mine = MARKER + nonce + " ";
        for (String line : stdout.split("\n")) {
            if (line.startsWith(mine)) {
                try {
                    found = Double.parseDouble(line.substring(mine.length()).trim());
                } catch (NumberFormatException e) {
                    found = Double.NaN;
                }
            }
        }
        return found;
    }
}
