package dev.perfagent.datasets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages a task can be written in. {@link #CUDA} is CUDA C++ built with nvcc: plain kernel tasks with a C++
 * harness, for users without PyTorch (KernelBench-style tasks are {@link #PYTHON} with {@code kind: kernel}).
 */
public enum Language {
    C, CPP, JAVA, PYTHON, CUDA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNative() {
        return this == C || this == CPP;
    }

    public static Optional<Language> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("c++")) t = "cpp";
        if (t.equals("cu")) t = "cuda";
        for (Language l : values()) if (l.id().equals(t)) return Optional.of(l);
        return Optional.empty();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Language::id).collect(Collectors.joining(", "));
    }
}
