package dev.perfagent.datasets.loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of tasks that a suite keeps as text in records (PIE's code) into the loader's work folder. */
final class Materializer {
    private Materializer() {
    }

    /** Writes {@code content} to {@code file} unless it already holds exactly that (a resumed run finds it in place). */
    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) return file;
            Path tmp = Files.createTempFile(file.getParent(), ".write", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The suite's JSON-lines files: the file itself, or every *.jsonl directly inside the folder, sorted. */
    static java.util.List<Path> jsonlFiles(Path suite, String what) throws SuiteNotFoundException {
        if (Files.isRegularFile(suite)) return java.util.List.of(suite);
        if (!Files.isDirectory(suite)) throw new SuiteNotFoundException("suite " + suite + " does not exist; give " + what);
        try (var list = Files.list(suite)) {
            java.util.List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p)).sorted().toList();
            if (files.isEmpty()) throw new SuiteNotFoundException("no *.jsonl file in " + suite + "; give " + what);
            return files;
        } catch (IOException e) {
            throw new SuiteNotFoundException("cannot read " + suite + ": " + e.getMessage());
        }
    }
}
