package dev.perfagent.evaluators.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JDK that builds and runs Java candidates: the one running perfagent when it has javac (so the
 * candidate gets the Java the user chose), else the one behind /usr/bin/javac, else any under
 * /usr/lib/jvm. Its home is returned as a real path, which the toolchain asks the sandbox to bind
 * when it lies outside the system folders (an SDKMAN or a downloaded JDK under the home folder).
 */
public final class Jdk {
    private static final Optional<Path> HOME = locate();

    private Jdk() {
    }

    public static Optional<Path> home() {
        return HOME;
    }

    public static Optional<Path> javac() {
        return HOME.map(h -> h.resolve("bin/javac"));
    }

    public static Optional<Path> java() {
        return HOME.map(h -> h.resolve("bin/java"));
    }

    private static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        realPath(Path.of("/usr/bin/javac")).map(p -> p.getParent().getParent()).ifPresent(candidates::add);
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            jvms.sorted().forEach(candidates::add);
        } catch (IOException e) {
            // no system JDKs
        }
        return candidates.stream()
                .filter(h -> Files.isExecutable(h.resolve("bin/javac")) && Files.isExecutable(h.resolve("bin/java")))
                .findFirst()
                .flatMap(Jdk::realPath);
    }

    private static Optional<Path> realPath(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
