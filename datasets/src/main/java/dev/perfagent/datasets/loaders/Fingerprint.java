package dev.perfagent.datasets.loaders;

import dev.perfagent.datasets.TaskYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of what a task is made of: text of a record, files, folders. Order-stable, path-independent. */
final class Fingerprint {
    private final MessageDigest sha;

    Fingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Fingerprint text(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    Fingerprint file(Path file) {
        try {
            sha.update(Files.readAllBytes(file));
            sha.update((byte) 0);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the folder with its relative name, so renames count too. */
    Fingerprint folder(Path dir) {
        for (String rel : TaskYaml.listFiles(dir)) {
            text(rel);
            file(dir.resolve(rel));
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
