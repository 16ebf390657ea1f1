package dev.perfagent.agent.repo.jvmreplay;

import java.io.IOException;
import java.io.Reader;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The recorder's entry point in the benchmark's JVM ({@code -javaagent:replay-agent.jar=SETTINGS}, handed to every
 * JVM the benchmark starts through {@code JAVA_TOOL_OPTIONS}). SETTINGS is a properties file: {@code key},
 * {@code out} (beside it), {@code targets} ({@code binary.Name#method,…}) and the bounds.
 */
public final class ReplayAgent {
    private ReplayAgent() {
    }

    public static void premain(String args, Instrumentation inst) {
        try {
            Path file = Path.of(args).toAbsolutePath();
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            Map<String, Set<String>> targets = new HashMap<>();
            for (String t : p.getProperty("targets", "").split(",")) {
                int hash = t.indexOf('#');
                if (hash <= 0) continue;
                targets.computeIfAbsent(t.substring(0, hash).replace('.', '/'), k -> new HashSet<>()).add(t.substring(hash + 1));
            }
            Wrapping wrapping = new Wrapping(targets);
            List<String> classPath = new ArrayList<>(List.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)));
            String mine = Path.of(ReplayAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            classPath.removeIf(e -> e.isBlank() || Path.of(e).toAbsolutePath().toString().equals(mine));
            CallRecorder.start(new CallRecorder.Settings(file.getParent().getParent().normalize(), file.resolveSibling(p.getProperty("out")), p.getProperty("key"),
                    Integer.parseInt(p.getProperty("max-calls")), Integer.parseInt(p.getProperty("max-call-bytes")),
                    Long.parseLong(p.getProperty("max-bytes")), () -> locationsFirst(wrapping, classPath)));
            inst.addTransformer(wrapping);
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            System.err.println("perfagent-replay: not recording: " + e);
        }
    }

    /** The class path as the JVM had it, with the targets' own locations first when they came from elsewhere. */
    private static List<String> locationsFirst(Wrapping wrapping, List<String> classPath) {
        List<String> out = new ArrayList<>();
        for (String l : wrapping.locations) {
            boolean listed = classPath.stream().anyMatch(e -> Path.of(e).toAbsolutePath().normalize().toString().equals(l));
            if (!listed && !out.contains(l)) out.add(l);
        }
        out.addAll(classPath);
        return out;
    }
}
