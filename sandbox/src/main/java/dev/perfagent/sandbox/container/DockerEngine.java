package dev.perfagent.sandbox.container;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a Docker engine answers here, asked before Testcontainers is touched: Testcontainers reports
 * a missing engine with pages of log and a stack trace, and a user needs one line saying how to start it.
 *
 * <p>Testcontainers 2.0 reads two settings the container sandbox needs only from the environment, never
 * from {@code testcontainers.properties} or system properties: {@code TESTCONTAINERS_RYUK_DISABLED}
 * (its Ryuk reaper is an image it would pull) and {@code TESTCONTAINERS_HOST_OVERRIDE} (inside a
 * machine that has {@code /.dockerenv} it otherwise pulls alpine to find a gateway). The launcher,
 * the build's test configuration and CI set them; without them this class refuses, saying so.
 */
public final class DockerEngine {
    /** Tests point this at a socket where no engine runs; otherwise DOCKER_HOST or the default socket. */
    public static final String HOST_PROPERTY = "perfagent.docker.host";
    static final String DEFAULT_SOCKET = "/var/run/docker.sock";
    static final String HOW_TO_START = "start it with 'dockerd > /tmp/dockerd.log 2>&1 &' (or 'systemctl start docker';"
            + " install it with 'apt-get install -y docker.io')";

    private DockerEngine() {
    }

    /** Why the container sandbox cannot be used here, as one line saying what to do; empty when it can. */
    public static Optional<String> problem() {
        String host = System.getProperty(HOST_PROPERTY, Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse("unix://" + DEFAULT_SOCKET));
        if (host.startsWith("unix://")) {
            Path socket = Path.of(host.substring("unix://".length()));
            if (!Files.exists(socket)) return Optional.of("the Docker engine is not running (no " + socket + "): " + HOW_TO_START);
            if (!pings(socket)) return Optional.of("the Docker engine does not answer on " + socket + ": " + HOW_TO_START);
        }
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            return Optional.of("the container sandbox needs TESTCONTAINERS_RYUK_DISABLED=true in the environment (Testcontainers"
                    + " would pull its Ryuk image; the ./perfagent launcher sets it)");
        }
        if (Files.exists(Path.of("/.dockerenv")) && System.getenv("TESTCONTAINERS_HOST_OVERRIDE") == null) {
            return Optional.of("the container sandbox needs TESTCONTAINERS_HOST_OVERRIDE=localhost in the environment on a machine"
                    + " with /.dockerenv (Testcontainers would pull an image to find the host; the ./perfagent launcher sets it)");
        }
        return Optional.empty();
    }

    /** Quiet Testcontainers' and docker-java's logging (connection banners, the Ryuk warning) unless the user chose levels. */
    static void quietLogging() {
        for (String logger : new String[]{"org.testcontainers", "tc", "com.github.dockerjava", "org.testcontainers.shaded"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) System.setProperty(key, "error");
        }
    }

    /** {@code GET /_ping} on the engine's socket: "OK" from a running engine. */
    private static boolean pings(Path socket) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ch.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buf = ByteBuffer.allocate(4096);
            while (ch.read(buf) > 0 && buf.hasRemaining()) {
                // read until the engine closes the connection (HTTP/1.0)
            }
            String reply = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
            return reply.startsWith("HTTP/1.") && reply.contains(" 200 ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
