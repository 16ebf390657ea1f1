package dev.perfagent.agent.repo.jvmreplay;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Output sinks a targeted method writes into: a caller's {@code PrintWriter}, {@code Writer}, {@code Appendable} or
 * {@code OutputStream}. Such an object cannot be made again in another JVM, but what a call wrote into it is the call's
 * effect. While recording, a sink parameter is handed to the method as a {@link Captured} tee that passes every write
 * on to the caller's object at once and keeps a copy; the copy is recorded as the argument's state afterwards. On
 * replay the candidate gets a fresh capturing object of the same kind and what it wrote is compared with the copy.
 * A sink that is not a parameter (a {@code PrintWriter} over {@code System.out} in a field of the receiver) is made
 * again as a fresh capture too, but what was written into it is not observed, so it is not compared.
 */
final class Sinks {
    static final String PRINT_WRITER = "print-writer", PRINT_STREAM = "print-stream", WRITER = "writer", OUTPUT_STREAM = "output-stream";

    private Sinks() {
    }

    /** A capturing sink: what was written through it, and whether that is the whole of what the call wrote. */
    interface Captured {
        String kind();

        /** What was written, characters as written, bytes one char each (ISO-8859-1). */
        String captured();

        boolean observed();
    }

    /**
     * For each parameter of {@code descriptor}: whether the wrapper hands the method a tee in its place. Only declared
     * sink types, and only where the method cannot hand the object back (its return type is void, primitive or String),
     * since a caller may rely on getting its own object back.
     */
    static boolean[] teeable(String descriptor) {
        org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(descriptor);
        org.objectweb.asm.Type ret = org.objectweb.asm.Type.getReturnType(descriptor);
        boolean handsBack = (ret.getSort() == org.objectweb.asm.Type.OBJECT || ret.getSort() == org.objectweb.asm.Type.ARRAY)
                && !ret.getInternalName().equals("java/lang/String");
        boolean[] out = new boolean[params.length];
        for (int i = 0; i < params.length; i++) out[i] = !handsBack && declaredKind(params[i].getInternalName()) != null;
        return out;
    }

    /** The kind of capture a parameter of this declared type (internal name) gets, or null when it is not a sink type. */
    static String declaredKind(String internalName) {
        return switch (internalName) {
            case "java/io/PrintWriter" -> PRINT_WRITER;
            case "java/io/Writer", "java/lang/Appendable" -> WRITER;
            case "java/io/OutputStream" -> OUTPUT_STREAM;
            default -> null;
        };
    }

    /**
     * A tee in place of {@code real} for a parameter of that kind, or null to leave the argument as it is (null, or an
     * object that holds its text and is recorded as a value: a StringBuilder, StringWriter, ByteArrayOutputStream).
     */
    static Object tee(Object real, String kind) {
        if (real == null || holdsText(real)) return null;
        return switch (kind) {
            case PRINT_WRITER -> new PrintCapture(new CharCapture((Appendable) real, true));
            case WRITER -> new CharCapture((Appendable) real, true);
            case OUTPUT_STREAM -> new ByteCapture((OutputStream) real, true);
            default -> null;
        };
    }

    /** Objects recorded as values (their content), never teed. */
    static boolean holdsText(Object v) {
        return v instanceof CharSequence || v instanceof StringWriter || v instanceof CharArrayWriter || v instanceof ByteArrayOutputStream;
    }

    /** A JDK sink that is not a value: recorded as a fresh capture of this kind, or null when {@code v} is none. */
    static String jdkKind(Object v) {
        if (holdsText(v)) return null;
        if (v instanceof PrintWriter) return PRINT_WRITER;
        if (v instanceof PrintStream) return PRINT_STREAM;
        if (v instanceof Writer) return WRITER;
        if (v instanceof OutputStream) return OUTPUT_STREAM;
        return null;
    }

    /** A capture made again on replay: empty for the call to write into, or holding what the recorded call wrote. */
    static Object fresh(String kind, boolean observed, String text) throws IOException {
        return switch (kind) {
            case PRINT_WRITER -> {
                CharCapture c = new CharCapture(null, observed);
                c.buffer.append(text);
                yield new PrintCapture(c);
            }
            case PRINT_STREAM -> {
                ByteCapture c = new ByteCapture(null, observed);
                c.buffer.write(text.getBytes(StandardCharsets.ISO_8859_1));
                yield new PrintStreamCapture(c);
            }
            case WRITER -> {
                CharCapture c = new CharCapture(null, observed);
                c.buffer.append(text);
                yield c;
            }
            case OUTPUT_STREAM -> {
                ByteCapture c = new ByteCapture(null, observed);
                c.buffer.write(text.getBytes(StandardCharsets.ISO_8859_1));
                yield c;
            }
            default -> throw new IOException("unknown sink kind " + kind);
        };
    }

    /** Characters written, kept and passed on to the caller's object (when there is one). */
    static final class CharCapture extends Writer implements Captured {
        final StringBuilder buffer = new StringBuilder();
        private final Appendable real;
        private final boolean observed;

        CharCapture(Appendable real, boolean observed) {
            this.real = real;
            this.observed = observed;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (real instanceof Writer w) w.write(cbuf, off, len);
            else if (real != null) real.append(new String(cbuf, off, len));
            buffer.append(cbuf, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (real instanceof Flushable f) f.flush();
        }

        @Override
        public void close() throws IOException {
            if (real instanceof java.io.Closeable c) c.close();
        }

        @Override
        public String kind() {
            return WRITER;
        }

        @Override
        public String captured() {
            return buffer.toString();
        }

        @Override
        public boolean observed() {
            return observed;
        }
    }

    /** Bytes written, kept and passed on. */
    static final class ByteCapture extends OutputStream implements Captured {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final OutputStream real;
        private final boolean observed;

        ByteCapture(OutputStream real, boolean observed) {
            this.real = real;
            this.observed = observed;
        }

        @Override
        public void write(int b) throws IOException {
            if (real != null) real.write(b);
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (real != null) real.write(b, off, len);
            buffer.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (real != null) real.flush();
        }

        @Override
        public void close() throws IOException {
            if (real != null) real.close();
        }

        @Override
        public String kind() {
            return OUTPUT_STREAM;
        }

        @Override
        public String captured() {
            return buffer.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public boolean observed() {
            return observed;
        }
    }

    /** A PrintWriter over a {@link CharCapture} (a PrintWriter over a Writer has no buffer of its own). */
    static final class PrintCapture extends PrintWriter implements Captured {
        private final CharCapture capture;

        PrintCapture(CharCapture capture) {
            super(capture);
            this.capture = capture;
        }

        @Override
        public String kind() {
            return PRINT_WRITER;
        }

        @Override
        public String captured() {
            return capture.captured();
        }

        @Override
        public boolean observed() {
            return capture.observed();
        }
    }

    /** A PrintStream over a {@link ByteCapture}. */
    static final class PrintStreamCapture extends PrintStream implements Captured {
        private final ByteCapture capture;

        PrintStreamCapture(ByteCapture capture) {
            super(capture, true);
            this.capture = capture;
        }

        @Override
        public String kind() {
            return PRINT_STREAM;
        }

        @Override
        public String captured() {
            flush();
            return capture.captured();
        }

        @Override
        public boolean observed() {
            return capture.observed();
        }
    }
}
