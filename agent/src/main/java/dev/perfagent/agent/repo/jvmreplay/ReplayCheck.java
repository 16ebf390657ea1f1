package dev.perfagent.agent.repo.jvmreplay;

import org.objectweb.asm.Type;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The replayer, run after a candidate's tests in its workspace: {@code java -cp replay-agent.jar …ReplayCheck KEY}.
 * Every recorded call is made again against the candidate's classes (the class path the benchmark had, in this
 * workspace); the first whose result, exception or effect on its receiver and arguments differs prints
 * {@code REPLAY FAILED: …} and exits 1. A call whose recorded values no longer fit the candidate's classes (it added or
 * removed fields of a recorded object) is skipped and counted: its recorded state means nothing to the new class.
 */
public final class ReplayCheck {
    private static volatile boolean done;

    private ReplayCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.out.println("REPLAY FAILED: usage: ReplayCheck KEY");
            System.exit(2);
        }
        Path dir = Path.of(ReplayCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Recording rec = Recording.open(Files.readAllBytes(dir.resolve("calls.bin")), args[0]);
        Path root = Path.of("").toAbsolutePath();
        URL[] urls = rec.classPath().stream().map(e -> url(e.startsWith("@") ? root.resolve(e.substring(1)) : Path.of(e))).toArray(URL[]::new);
        ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        // the code under test exiting the JVM in the middle of the replay must not read as a pass
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!done) {
                System.out.println("REPLAY FAILED: the program exited in the middle of the replay");
                Runtime.getRuntime().halt(1);
            }
        }));
        List<Recording.Call> calls = rec.calls();
        int replayed = 0;
        int changed = 0;
        String why = "";
        for (int i = 0; i < calls.size(); i++) {
            Recording.Call c = calls.get(i);
            String where = label(c) + " call " + (i + 1) + " of " + calls.size();
            Method m = method(c, loader);
            if (m == null) fail(where + ": " + c.owner() + "." + c.name() + " with these parameters no longer exists");
            Object[] all;
            Object[] want;
            Object expected = null;
            try {
                all = (Object[]) Values.read(c.before(), loader);
                want = (Object[]) Values.read(c.after(), loader);
                if (c.outcome().equals("return")) expected = Values.read(c.result(), loader);
            } catch (Values.Incompatible e) {
                changed++;
                why = e.getMessage();
                continue;
            }
            String shown = SameValues.show(Arrays.copyOfRange(all, 1, all.length));
            Object result = null;
            Throwable thrown = null;
            try {
                m.setAccessible(true);
                result = m.invoke(c.isStatic() ? null : all[0], Arrays.copyOfRange(all, 1, all.length));
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            } catch (ReflectiveOperationException | RuntimeException e) {
                fail(where + ": could not be called: " + e);
            }
            String recorded = switch (c.outcome()) {
                case "throw" -> "threw " + new String(c.result(), java.nio.charset.StandardCharsets.UTF_8) + ": " + c.message();
                case "void" -> "returned";
                default -> "returned " + SameValues.show(expected);
            };
            String got = thrown != null ? "threw " + thrown.getClass().getName() + ": " + thrown.getMessage()
                    : c.outcome().equals("void") ? "returned" : "returned " + SameValues.show(result);
            boolean same = switch (c.outcome()) {
                case "throw" -> thrown != null && thrown.getClass().getName().equals(new String(c.result(), java.nio.charset.StandardCharsets.UTF_8));
                case "void" -> thrown == null;
                default -> thrown == null && SameValues.same(result, expected);
            };
            if (!same) fail(where + ": " + got + ", recorded: " + recorded + "; arguments " + shown);
            for (int k = 0; k < all.length; k++) {
                if (!SameValues.same(all[k], want[k])) {
                    String output = SameValues.outputDifference(all[k], want[k]);
                    if (!output.isEmpty()) fail(where + ": into " + (k == 0 ? "its receiver" : "argument " + k) + ", " + output + "; arguments " + shown);
                    fail(where + ": " + (k == 0 ? "its receiver" : "argument " + k) + " afterwards is " + SameValues.show(all[k])
                            + ", recorded " + SameValues.show(want[k]) + "; arguments " + shown);
                }
            }
            replayed++;
        }
        done = true;
        System.out.println("replayed " + replayed + " recorded call(s) (" + rec.skipped() + " not recordable"
                + (changed == 0 ? "" : "; " + changed + " skipped: " + why) + ")");
        System.exit(0);
    }

    private static void fail(String message) {
        done = true;
        System.out.println("REPLAY FAILED: " + message);
        System.out.flush();
        System.exit(1);
    }

    /** {@code org.acme.Prices.total(int[], double)}. */
    static String label(Recording.Call c) {
        String params = String.join(", ", Arrays.stream(Type.getArgumentTypes(c.descriptor())).map(Type::getClassName).toList());
        return c.owner() + "." + c.name() + "(" + params + ")";
    }

    private static Method method(Recording.Call c, ClassLoader loader) {
        try {
            Class<?> owner = Class.forName(c.owner(), true, loader);
            for (Method m : owner.getDeclaredMethods()) {
                if (m.getName().equals(c.name()) && Type.getMethodDescriptor(m).equals(c.descriptor())) return m;
            }
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(p.toString(), e);
        }
    }
}
