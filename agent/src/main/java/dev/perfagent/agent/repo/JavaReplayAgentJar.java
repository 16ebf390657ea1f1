package dev.perfagent.agent.repo;

import dev.perfagent.agent.repo.jvmreplay.ReplayAgent;
import org.objectweb.asm.ClassReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The Java replay's agent jar, assembled from perfagent's own compiled classes (the {@code jvmreplay} package and ASM
 * core, wherever the build put them: {@code target/classes} and the ASM jar in a build, the shaded perfagent jar when
 * packaged), so a user's benchmark JVM gets it with nothing installed.
 */
final class JavaReplayAgentJar {
    private static final String PACKAGE = ReplayAgent.class.getPackageName().replace('.', '/') + "/";
    private static final String ASM = "org/objectweb/asm/";

    private JavaReplayAgentJar() {
    }

    static void write(Path jar) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(new Attributes.Name("Premain-Class"), ReplayAgent.class.getName());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, mf)) {
            int ours = copy(location(ReplayAgent.class), PACKAGE, out);
            int asm = copy(location(ClassReader.class), ASM, out);
            if (ours == 0 || asm == 0) throw new IOException("the replay agent's classes are missing from perfagent's class path");
        }
    }

    private static Path location(Class<?> c) throws IOException {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("where " + c.getName() + " was loaded from: " + e);
        }
    }

    /** The {@code .class} entries under {@code prefix} (a folder or a jar), nested packages included. */
    private static int copy(Path from, String prefix, JarOutputStream out) throws IOException {
        int n = 0;
        if (Files.isDirectory(from)) {
            Path dir = from.resolve(prefix);
            if (!Files.isDirectory(dir)) return 0;
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path p : files) {
                out.putNextEntry(new JarEntry(prefix + dir.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
                n++;
            }
            return n;
        }
        try (JarFile jf = new JarFile(from.toFile())) {
            for (JarEntry e : java.util.Collections.list(jf.entries())) {
                if (!e.getName().startsWith(prefix) || !e.getName().endsWith(".class")) continue;
                out.putNextEntry(new JarEntry(e.getName()));
                try (InputStream in = jf.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
                n++;
            }
        }
        return n;
    }
}
