package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;

import java.nio.file.Path;
import java.util.List;

/** The source index for a repository's language. */
public final class SourceIndexes {
    private SourceIndexes() {
    }

    public static SourceIndex of(Language language, Path root, List<String> files) {
        return switch (language) {
            case JAVA -> JavaSourceIndex.of(root, files);
            // CUDA C++ is C++ to an index of functions and their callers
            case C, CPP, CUDA -> NativeSourceIndex.of(root, files);
            case PYTHON -> PythonSourceIndex.of(root, files);
        };
    }
}
