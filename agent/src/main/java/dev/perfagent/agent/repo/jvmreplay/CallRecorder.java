package dev.perfagent.agent.repo.jvmreplay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the rewritten methods call (see {@link Wrapping}): the outermost call of each targeted method is kept with its
 * receiver and arguments before, its result or exception, and its receiver and arguments after. Bounded per method,
 * per call and in all; a call whose values cannot be written is counted as skipped. Written once, sealed, when the
 * JVM exits. Never throws into the benchmark.
 */
public final class CallRecorder {
    /** What the rewritten method knows about itself, registered when its class is rewritten. */
    private record Site(String owner, String name, String descriptor, boolean isStatic, String[] sinkKinds) {
    }

    /** A call in progress. */
    private record Token(int site, Object[] receiverAndArgs, byte[] before) {
    }

    private static final List<Site> SITES = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Set<Integer>> ACTIVE = ThreadLocal.withInitial(HashSet::new);
    private static final ThreadLocal<boolean[]> BUSY = ThreadLocal.withInitial(() -> new boolean[1]);
    private static final List<Recording.Call> CALLS = new ArrayList<>();
    private static int[] counts = new int[0];
    private static int skipped;
    private static String firstSkip;
    private static long bytes;
    private static volatile Settings settings;

    /** The bounds and where the recording goes. */
    record Settings(Path root, Path out, String key, int maxCalls, int maxCallBytes, long maxBytes, java.util.function.Supplier<List<String>> classPath) {
    }

    private CallRecorder() {
    }

    static void start(Settings s) {
        settings = s;
        Runtime.getRuntime().addShutdownHook(new Thread(CallRecorder::finish, "perfagent-replay"));
    }

    static int register(String owner, String name, String descriptor, boolean isStatic) {
        boolean[] tee = Sinks.teeable(descriptor);
        org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(descriptor);
        String[] kinds = new String[tee.length];
        for (int i = 0; i < tee.length; i++) kinds[i] = tee[i] ? Sinks.declaredKind(params[i].getInternalName()) : null;
        SITES.add(new Site(owner, name, descriptor, isStatic, kinds));
        return SITES.size() - 1;
    }

    /**
     * At the call; the token for {@link #returned}/{@link #threw}, or null when this call is not kept. A kept call's
     * sink parameters ({@link Sinks#teeable}) are replaced in {@code args} by tees, which the wrapper hands to the body.
     */
    public static Object enter(int site, Object receiver, Object[] args) {
        Settings s = settings;
        boolean[] busy = BUSY.get();
        if (s == null || busy[0]) return null;
        Set<Integer> active = ACTIVE.get();
        if (active.contains(site)) return null;
        busy[0] = true;
        try {
            synchronized (CallRecorder.class) {
                if (counts.length <= site) counts = java.util.Arrays.copyOf(counts, SITES.size() + 1);
                if (counts[site] >= s.maxCalls() || bytes >= s.maxBytes()) return null;
                counts[site]++;
            }
            Object[] all = new Object[args.length + 1];
            all[0] = receiver;
            System.arraycopy(args, 0, all, 1, args.length);
            String[] kinds = SITES.get(site).sinkKinds();
            for (int i = 0; i < args.length; i++) {
                Object tee = kinds[i] == null ? null : Sinks.tee(args[i], kinds[i]);
                if (tee != null) all[i + 1] = tee;
            }
            byte[] before = Values.write(all, s.maxCallBytes());
            System.arraycopy(all, 1, args, 0, args.length);
            active.add(site);
            return new Token(site, all, before);
        } catch (Values.NotRecordable | RuntimeException | LinkageError e) {
            skip(e);
            return null;
        } finally {
            busy[0] = false;
        }
    }

    public static void returned(Object token, Object result) {
        end(token, "return", result, null);
    }

    public static void returnedVoid(Object token) {
        end(token, "void", null, null);
    }

    public static void threw(Object token, Throwable t) {
        end(token, "throw", null, t);
    }

    private static void end(Object token, String outcome, Object result, Throwable thrown) {
        if (!(token instanceof Token t)) return;
        ACTIVE.get().remove(t.site());
        Settings s = settings;
        boolean[] busy = BUSY.get();
        busy[0] = true;
        try {
            byte[] res = switch (outcome) {
                case "return" -> Values.write(result, s.maxCallBytes());
                case "throw" -> thrown.getClass().getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            String message = thrown == null ? "" : String.valueOf(thrown.getMessage());
            if (message.length() > 300) message = message.substring(0, 300);
            byte[] after = Values.write(t.receiverAndArgs(), s.maxCallBytes());
            long size = t.before().length + res.length + after.length;
            Site site = SITES.get(t.site());
            synchronized (CallRecorder.class) {
                if (size > s.maxCallBytes() || bytes + size > s.maxBytes()) {
                    skipped++;
                    if (firstSkip == null) firstSkip = "over the size bounds";
                    return;
                }
                bytes += size;
                CALLS.add(new Recording.Call(site.owner(), site.name(), site.descriptor(), site.isStatic(), t.before(), outcome, res,
                        message, after));
            }
        } catch (Values.NotRecordable | RuntimeException | LinkageError e) {
            skip(e);
        } finally {
            busy[0] = false;
        }
    }

    private static synchronized void skip(Throwable why) {
        skipped++;
        if (firstSkip == null) firstSkip = why instanceof Values.NotRecordable ? why.getMessage() : why.toString();
    }

    /**
     * Class path entries under the workspace as {@code @relative/path} (the replay runs in another workspace made from
     * the same files), others as absolute paths.
     */
    static List<String> relative(Path root, List<String> classPath) {
        Path here = Path.of(System.getProperty("user.dir"));
        List<String> out = new ArrayList<>();
        for (String e : classPath) {
            Path abs = here.resolve(e).toAbsolutePath().normalize();
            out.add(abs.startsWith(root) ? "@" + root.relativize(abs) : abs.toString());
        }
        return out;
    }

    /** At exit: the sealed recording, unless another JVM of the benchmark already wrote one or nothing was called. */
    private static void finish() {
        Settings s = settings;
        List<Recording.Call> calls;
        int skip;
        String first;
        synchronized (CallRecorder.class) {
            calls = List.copyOf(CALLS);
            skip = skipped;
            first = firstSkip;
        }
        if (calls.isEmpty() && skip == 0) return;
        try {
            Recording r = new Recording(s.root().toString(), relative(s.root(), s.classPath().get()), skip, calls);
            Files.write(s.out(), r.seal(s.key()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            System.err.println("perfagent-replay: recorded " + calls.size() + " call(s), " + skip + " not recordable"
                    + (first == null ? "" : " (the first: " + first.replace('\n', ' ') + ")"));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            System.err.println("perfagent-replay: another JVM of the benchmark already wrote the recording; this one's " + calls.size() + " call(s) are dropped");
        } catch (IOException | RuntimeException e) {
            System.err.println("perfagent-replay: the recording could not be written: " + e);
        }
    }
}
