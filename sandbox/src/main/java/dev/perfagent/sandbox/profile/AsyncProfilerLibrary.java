package dev.perfagent.sandbox.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * async-profiler's native library, as shipped inside the {@code tools.profiler:async-profiler} jar on the
 * class path, extracted once per version into the user's cache folder
 * ({@code $XDG_CACHE_HOME/perfagent} or {@code ~/.cache/perfagent}).
 */
final class AsyncProfilerLibrary {
    static final String NAME = "libasyncProfiler.so";
    private static final String POM_PROPERTIES = "META-INF/maven/tools.profiler/async-profiler/pom.properties";

    private AsyncProfilerLibrary() {
    }

    /** The jar's folder for this machine: {@code linux-x64} or {@code linux-arm64}; empty elsewhere. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) return Optional.empty();
        if (arch.equals("amd64") || arch.equals("x86_64")) return Optional.of("linux-x64");
        if (arch.equals("aarch64") || arch.equals("arm64")) return Optional.of("linux-arm64");
        return Optional.empty();
    }

    /** Why the library cannot be had here, or empty when it can. */
    static Optional<String> unavailable() {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.of("async-profiler has no library for " + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
        }
        if (AsyncProfilerLibrary.class.getClassLoader().getResource(platform.get() + "/" + NAME) == null) {
            return Optional.of("async-profiler's library is not on the class path (tools.profiler:async-profiler missing from the build)");
        }
        return Optional.empty();
    }

    static String version() {
        try (InputStream in = AsyncProfilerLibrary.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The extracted library, extracting it first when this version is not in the cache yet. */
    static synchronized Path extracted() {
        String platform = platform().orElseThrow(() -> new IllegalStateException(unavailable().orElse("no platform")));
        Path target = cacheDir().resolve("async-profiler-" + version()).resolve(platform).resolve(NAME);
        if (Files.isRegularFile(target)) return target;
        try (InputStream in = resource(platform)) {
            if (in == null) throw new IllegalStateException(unavailable().orElse("library missing"));
            Files.createDirectories(target.getParent());
            // another perfagent may extract at the same time: write aside, then move into place whole
            Path tmp = Files.createTempFile(target.getParent(), NAME, ".part");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract async-profiler into " + target.getParent(), e);
        }
    }

    private static InputStream resource(String platform) {
        return AsyncProfilerLibrary.class.getClassLoader().getResourceAsStream(platform + "/" + NAME);
    }

    private static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("perfagent");
    }
}
