package dev.perfagent.sandbox.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * perfagent's own container image: Debian bookworm with the toolchains, built locally from Debian
 * packages by {@code build-image.sh} (debootstrap + docker import). The tag's number goes up whenever
 * the package list or the script changes, so an old image is never mistaken for a current one.
 */
public final class SandboxImage {
    public static final String DEFAULT = "perfagent-sandbox:1";
    static final String SCRIPT = "/dev/perfagent/sandbox/container/build-image.sh";

    private SandboxImage() {
    }

    /** The build script written to a temporary file, to be run with bash; the caller deletes it. */
    public static Path buildScript() {
        try (InputStream in = SandboxImage.class.getResourceAsStream(SCRIPT)) {
            if (in == null) throw new IllegalStateException("build-image.sh is missing from the perfagent jar");
            Path f = Files.createTempFile("perfagent-build-image-", ".sh", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.write(f, in.readAllBytes());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
