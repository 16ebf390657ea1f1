package dev.perfagent.sandbox.profile;

import java.util.Optional;

/**
 * Functions of a cProfile profile, named as pstats names them ({@code main.py:13(main)},
 * {@code {method 'split' of 'str' objects}}). Hidden: the import machinery, which runs before the
 * program's own code and is not the program's to change, and the profiler's own calls.
 */
final class PythonFrames implements FrameFilter {
    static final String IMPORT = "module import machinery";
    static final String PROFILER = "the profiler itself";

    @Override
    public Optional<String> hidden(String frame) {
        if (frame.startsWith("<frozen importlib") || frame.contains("builtins.__import__") || frame.contains("_imp.")) {
            return Optional.of(IMPORT);
        }
        if (frame.contains("_lsprof.Profiler") || frame.contains("sitecustomize.py")) return Optional.of(PROFILER);
        return Optional.empty();
    }
}
