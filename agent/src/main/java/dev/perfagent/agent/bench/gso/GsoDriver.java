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
 * ({@code os._exit(0)}) is not read as a time: only the driver's own line counts. That guards nothing against code
 * that reads the nonce from the driver's globals, so a patched tree's runs are never trusted with a check: they run in
 * {@code reference} mode into an empty folder, and mode {@code compare} — run from the base tree, where no patched code
 * is — loads each output the base stored ({@code gold}) and the patched run's ({@code cand}) with the test's
 * {@code load_result} and calls its {@code check_equivalence} on them.
 */
final class GsoDriver {
    static final String FILE = ".perfagent/gso_run.py";
    static final String MARKER = "PERFAGENT_GSO_TIME ";
    static final String SAME = "PERFAGENT_GSO_SAME ";

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
            gold, cand = [os.path.abspath(d) for d in sys.argv[6:8]] or [None, None]
            if mode == "compare":
                # the outputs to compare were written by patched code: unpickling them may build data, never call
                # anything else (a pickle's reduce could run code here, in the process whose word is trusted)
                import pickle
                SAFE = {("builtins", n) for n in ("list", "dict", "set", "frozenset", "tuple", "str", "bytes", "bytearray",
                        "int", "float", "complex", "bool", "slice", "range", "object")}
                SAFE |= {("collections", "OrderedDict"), ("collections", "defaultdict"), ("collections", "Counter"),
                         ("collections", "deque"), ("datetime", "datetime"), ("datetime", "date"), ("datetime", "time"),
                         ("datetime", "timedelta"), ("datetime", "timezone"), ("decimal", "Decimal"), ("fractions", "Fraction"),
                         ("copyreg", "_reconstructor")}
                for core in ("numpy.core", "numpy._core"):
                    SAFE |= {(core + ".multiarray", "_reconstruct"), (core + ".multiarray", "scalar"), (core + ".numeric", "_frombuffer")}
                SAFE |= {("numpy", "ndarray"), ("numpy", "dtype"), ("numpy", "float64"), ("numpy", "int64")}
                original = pickle._Unpickler.find_class
                def find_class(self, module, name):
                    if (module, name) in SAFE:
                        return original(self, module, name)
                    raise pickle.UnpicklingError("%s.%s is not data: stored outputs to compare may hold data only" % (module, name))
                pickle._Unpickler.find_class = find_class
                class SafeUnpickler(pickle._Unpickler):
                    pass
                pickle.Unpickler = SafeUnpickler
                pickle.load = lambda f, **k: SafeUnpickler(f, **k).load()
                pickle.loads = lambda b, **k: SafeUnpickler(__import__("io").BytesIO(b), **k).load()
            os.chdir(refs)
            module = runpy.run_path(test, run_name="gso_performance_test")
            if mode == "compare":
                def check_equivalence_of_stored_outputs():
                    for name in sorted(os.listdir(gold)):
                        if not os.path.isfile(os.path.join(cand, name)):
                            raise AssertionError("the run did not write " + name)
                        module["check_equivalence"](module["load_result"](os.path.join(gold, name)),
                                                    module["load_result"](os.path.join(cand, name)))
                check_equivalence_of_stored_outputs()
                sys.stdout.write("\\n%s%s\\n" % ("PERFAGENT_GSO_SAME ", nonce))
            else:
                seconds = module["run_test"](mode == "eqcheck", mode == "reference", prefix)
                sys.stdout.write("\\n%s%s %r\\n" % ("PERFAGENT_GSO_TIME ", nonce, float(seconds)))
            """;

    private GsoDriver() {
    }

    /** Whether the driver's compare mode finished: its own line, with this run's nonce, is there. */
    static boolean same(String stdout, String nonce) {
        String mine = SAME + nonce;
        return stdout.lines().anyMatch(l -> l.strip().equals(mine));
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
