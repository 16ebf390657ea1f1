package dev.perfagent.agent.repo.jvmreplay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A value graph written so that it can be made again in another JVM (against a candidate's classes) and compared:
 * strings, boxed primitives, enums, arrays, {@code java.util} lists/sets/maps, records, the repository's own objects
 * field by field (not their JDK superclasses), and other JDK values that are {@link Serializable}. Shared references
 * and cycles are kept. Anything else (lambdas, streams, threads, a JDK object that is not serializable) makes the
 * value {@link NotRecordable}; a class whose fields the candidate changed makes it {@link Incompatible} when read.
 * Loaded into the benchmark's JVM by the recorder, so it uses the JDK alone.
 */
final class Values {
    /** The value cannot be written; the call is skipped and counted. */
    static final class NotRecordable extends Exception {
        NotRecordable(String why) {
            super(why, null, false, false);
        }
    }

    /** The recorded value no longer fits the classes (fields added or removed); the call is skipped and counted. */
    static final class Incompatible extends Exception {
        Incompatible(String why) {
            super(why, null, false, false);
        }
    }

    private static final int NULL = 0, REF = 1, BOOLEAN = 2, BYTE = 3, CHAR = 4, SHORT = 5, INT = 6, LONG = 7, FLOAT = 8,
            DOUBLE = 9, STRING = 10, ENUM = 11, ARRAY = 12, LIST = 13, SET = 14, MAP = 15, OBJECT = 16, SERIAL = 17,
            RECORD = 18, COLLECTION = 19, PLAIN = 20, CONSTANT = 21, SINK = 22, TEXT = 23;
    private static final int MAX_DEPTH = 400;

    private Values() {
    }

    // ---------------------------------------------------------------- writing

    /** The value's bytes, at most {@code maxBytes}. */
    static byte[] write(Object value, int maxBytes) throws NotRecordable {
        Writer w = new Writer(maxBytes);
        try {
            w.value(value, 0);
            w.out.flush();
        } catch (IOException e) {
            throw new NotRecordable(e.toString());
        } catch (NotRecordableRuntime e) {
            throw new NotRecordable(e.getMessage());
        }
        return w.bytes.toByteArray();
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
        final int max;

        Writer(int max) {
            this.max = max;
        }

        void value(Object v, int depth) throws IOException, NotRecordable {
            if (bytes.size() > max) throw new NotRecordable("larger than " + max + " bytes");
            if (depth > MAX_DEPTH) throw new NotRecordable("nested deeper than " + MAX_DEPTH);
            if (v == null) {
                out.writeByte(NULL);
                return;
            }
            if (boxed(v)) return;
            if (v instanceof String s) {
                out.writeByte(STRING);
                string(s);
                return;
            }
            Class<?> c = v.getClass();
            if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                out.writeUTF(e.getDeclaringClass().getName());
                out.writeUTF(e.name());
                return;
            }
            Integer id = seen.get(v);
            if (id != null) {
                out.writeByte(REF);
                out.writeInt(id);
                return;
            }
            if (sink(v)) {
                seen.put(v, seen.size());
                return;
            }
            if (c.isHidden() || c.isSynthetic()) {
                // a lambda kept in a static field of the class that defines it (Converter.DEFAULT, a comparator):
                // written as that field, which holds the same object in the replay's JVM
                Field constant = constant(v, c);
                if (constant == null) throw new NotRecordable("a " + c.getName() + " (a lambda or generated class not held in a static field)");
                out.writeByte(CONSTANT);
                out.writeUTF(constant.getDeclaringClass().getName());
                out.writeUTF(constant.getName());
                return;
            }
            seen.put(v, seen.size());
            if (c.isArray()) {
                array(v, c, depth);
            } else if (c == Object.class) {
                out.writeByte(PLAIN);
            } else if (jdk(c)) {
                jdkValue(v, c, depth);
            } else if (c.isRecord()) {
                out.writeByte(RECORD);
                out.writeUTF(c.getName());
                RecordComponent[] rc = c.getRecordComponents();
                out.writeShort(rc.length);
                for (RecordComponent r : rc) {
                    out.writeUTF(r.getName());
                    value(read(field(c, r.getName()), v), depth + 1);
                }
            } else {
                List<Field> fields = fields(c);
                out.writeByte(OBJECT);
                out.writeUTF(c.getName());
                out.writeShort(fields.size());
                for (Field f : fields) {
                    out.writeUTF(key(f));
                    value(read(f, v), depth + 1);
                }
            }
        }

        /**
         * A sink: a tee of the recorder's (what the call wrote through it), a JDK sink that is not a value (a fresh
         * capture on replay, not compared), or a writer or byte stream that holds its text (recorded as that text).
         */
        private boolean sink(Object v) throws IOException {
            if (v instanceof Sinks.Captured c) {
                out.writeByte(SINK);
                out.writeUTF(c.kind());
                out.writeBoolean(c.observed());
                string(c.captured());
                return true;
            }
            if (!jdk(v.getClass())) return false;
            if (v instanceof java.io.StringWriter || v instanceof java.io.CharArrayWriter || v instanceof java.io.ByteArrayOutputStream) {
                out.writeByte(TEXT);
                out.writeUTF(v.getClass().getName());
                string(v instanceof java.io.ByteArrayOutputStream b ? b.toString(java.nio.charset.StandardCharsets.ISO_8859_1) : v.toString());
                return true;
            }
            String kind = Sinks.jdkKind(v);
            if (kind == null) return false;
            out.writeByte(SINK);
            out.writeUTF(kind);
            out.writeBoolean(false);
            string("");
            return true;
        }

        private boolean boxed(Object v) throws IOException {
            if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(d));
            } else if (v instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else if (v instanceof Character ch) {
                out.writeByte(CHAR);
                out.writeChar(ch);
            } else if (v instanceof Float f) {
                out.writeByte(FLOAT);
                out.writeInt(Float.floatToRawIntBits(f));
            } else if (v instanceof Byte b) {
                out.writeByte(BYTE);
                out.writeByte(b);
            } else if (v instanceof Short s) {
                out.writeByte(SHORT);
                out.writeShort(s);
            } else {
                return false;
            }
            return true;
        }

        private void string(String s) throws IOException {
            out.writeInt(s.length());
            out.writeChars(s);
        }

        private void array(Object v, Class<?> c, int depth) throws IOException, NotRecordable {
            out.writeByte(ARRAY);
            Class<?> component = c.getComponentType();
            out.writeUTF(component.getName());
            int n = Array.getLength(v);
            out.writeInt(n);
            if (component.isPrimitive()) {
                for (int i = 0; i < n; i++) {
                    if (bytes.size() > max) throw new NotRecordable("larger than " + max + " bytes");
                    boxed(Array.get(v, i));
                }
            } else {
                for (Object o : (Object[]) v) value(o, depth + 1);
            }
        }

        private void jdkValue(Object v, Class<?> c, int depth) throws IOException, NotRecordable {
            boolean util = c.getName().startsWith("java.util.");
            if (util && (v instanceof SortedMap<?, ?> sm && sm.comparator() != null || v instanceof SortedSet<?> ss && ss.comparator() != null
                    || v instanceof PriorityQueue<?> pq && pq.comparator() != null)) {
                throw new NotRecordable("a " + c.getName() + " with its own comparator");
            }
            if (util && v instanceof Map<?, ?> m) {
                out.writeByte(MAP);
                out.writeUTF(c.getName());
                out.writeInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    value(e.getKey(), depth + 1);
                    value(e.getValue(), depth + 1);
                }
            } else if (util && v instanceof Collection<?> col) {
                out.writeByte(v instanceof List ? LIST : v instanceof Set ? SET : COLLECTION);
                out.writeUTF(c.getName());
                out.writeInt(col.size());
                for (Object o : col) value(o, depth + 1);
            } else if (v instanceof Serializable) {
                out.writeByte(SERIAL);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                try (ObjectOutputStream o = new ObjectOutputStream(b)) {
                    o.writeObject(v);
                } catch (IOException | RuntimeException e) {
                    throw new NotRecordable("a " + c.getName() + " that does not serialize: " + e);
                }
                out.writeInt(b.size());
                out.write(b.toByteArray());
            } else {
                throw new NotRecordable("a " + c.getName());
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** The value made again, its classes from {@code loader}. */
    static Object read(byte[] data, ClassLoader loader) throws Incompatible {
        Reader r = new Reader(new DataInputStream(new ByteArrayInputStream(data)), loader);
        try {
            return r.value();
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            throw new Incompatible(e.toString());
        }
    }

    private static final class Reader {
        final DataInputStream in;
        final ClassLoader loader;
        final List<Object> objects = new ArrayList<>();

        Reader(DataInputStream in, ClassLoader loader) {
            this.in = in;
            this.loader = loader;
        }

        Object value() throws IOException, ReflectiveOperationException, Incompatible {
            int tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case REF: {
                    Object o = objects.get(in.readInt());
                    if (o == null) throw new Incompatible("a record that refers to itself");
                    return o;
                }
                case BOOLEAN:
                    return in.readBoolean();
                case BYTE:
                    return in.readByte();
                case CHAR:
                    return in.readChar();
                case SHORT:
                    return in.readShort();
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case FLOAT:
                    return Float.intBitsToFloat(in.readInt());
                case DOUBLE:
                    return Double.longBitsToDouble(in.readLong());
                case STRING:
                    return string();
                case CONSTANT: {
                    Field f = Class.forName(in.readUTF(), true, loader).getDeclaredField(in.readUTF());
                    f.setAccessible(true);
                    return f.get(null);
                }
                case ENUM: {
                    Class<?> c = type(in.readUTF());
                    String name = in.readUTF();
                    for (Object k : c.getEnumConstants()) if (((Enum<?>) k).name().equals(name)) return k;
                    throw new Incompatible(c.getName() + "." + name + " no longer exists");
                }
                default:
                    return object(tag);
            }
        }

        private String string() throws IOException {
            int n = in.readInt();
            char[] cs = new char[n];
            for (int i = 0; i < n; i++) cs[i] = in.readChar();
            return new String(cs);
        }

        private Object object(int tag) throws IOException, ReflectiveOperationException, Incompatible {
            int id = objects.size();
            objects.add(null);
            switch (tag) {
                case PLAIN:
                    return keep(id, new Object());
                case SINK: {
                    String kind = in.readUTF();
                    boolean observed = in.readBoolean();
                    return keep(id, Sinks.fresh(kind, observed, string()));
                }
                case TEXT: {
                    String impl = in.readUTF();
                    String text = string();
                    return keep(id, switch (impl) {
                        case "java.io.StringWriter" -> {
                            java.io.StringWriter w = new java.io.StringWriter();
                            w.write(text);
                            yield w;
                        }
                        case "java.io.CharArrayWriter" -> {
                            java.io.CharArrayWriter w = new java.io.CharArrayWriter();
                            w.write(text);
                            yield w;
                        }
                        default -> {
                            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                            b.write(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                            yield b;
                        }
                    });
                }
                case ARRAY: {
                    Class<?> component = type(in.readUTF());
                    int n = in.readInt();
                    Object a = keep(id, Array.newInstance(component, n));
                    for (int i = 0; i < n; i++) Array.set(a, i, value());
                    return a;
                }
                case LIST:
                case SET:
                case COLLECTION: {
                    @SuppressWarnings("unchecked")
                    Collection<Object> col = (Collection<Object>) keep(id, collection(in.readUTF(), tag));
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) col.add(value());
                    return col;
                }
                case MAP: {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> m = (Map<Object, Object>) keep(id, collection(in.readUTF(), tag));
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) m.put(value(), value());
                    return m;
                }
                case SERIAL: {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(b))) {
                        return keep(id, o.readObject());
                    }
                }
                case RECORD: {
                    Class<?> c = type(in.readUTF());
                    int n = in.readShort();
                    RecordComponent[] rc = c.getRecordComponents();
                    if (rc == null || rc.length != n) throw new Incompatible("the components of " + c.getName() + " changed");
                    Object[] values = new Object[n];
                    Class<?>[] types = new Class<?>[n];
                    for (int i = 0; i < n; i++) {
                        if (!rc[i].getName().equals(in.readUTF())) throw new Incompatible("the components of " + c.getName() + " changed");
                        values[i] = value();
                        types[i] = rc[i].getType();
                    }
                    Constructor<?> k = c.getDeclaredConstructor(types);
                    k.setAccessible(true);
                    return keep(id, k.newInstance(values));
                }
                case OBJECT: {
                    Class<?> c = type(in.readUTF());
                    int n = in.readShort();
                    Map<String, Field> now = new LinkedHashMap<>();
                    for (Field f : fields(c)) now.put(key(f), f);
                    if (now.size() != n) throw new Incompatible("the fields of " + c.getName() + " changed");
                    Object o = keep(id, blank(c));
                    for (int i = 0; i < n; i++) {
                        Field f = now.get(in.readUTF());
                        if (f == null) throw new Incompatible("the fields of " + c.getName() + " changed");
                        f.set(o, value());
                    }
                    return o;
                }
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        private Object keep(int id, Object o) {
            objects.set(id, o);
            return o;
        }

        private Object collection(String impl, int tag) throws ReflectiveOperationException {
            try {
                Constructor<?> k = Class.forName(impl, false, null).getConstructor();
                return k.newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                // an immutable or wrapped collection: a mutable one of the same kind holds the same values
                return switch (tag) {
                    case MAP -> new LinkedHashMap<>();
                    case SET -> new LinkedHashSet<>();
                    default -> new ArrayList<>();
                };
            }
        }

        private Class<?> type(String name) throws ClassNotFoundException {
            return switch (name) {
                case "int" -> int.class;
                case "long" -> long.class;
                case "double" -> double.class;
                case "boolean" -> boolean.class;
                case "char" -> char.class;
                case "byte" -> byte.class;
                case "short" -> short.class;
                case "float" -> float.class;
                default -> Class.forName(name, false, loader);
            };
        }
    }

    /** An instance made without running a constructor, as deserialization does; the fields are set after. */
    private static Object blank(Class<?> c) throws ReflectiveOperationException {
        Class<?> rf = Class.forName("sun.reflect.ReflectionFactory");
        Object factory = rf.getMethod("getReflectionFactory").invoke(null);
        Constructor<?> k = (Constructor<?>) rf.getMethod("newConstructorForSerialization", Class.class, Constructor.class)
                .invoke(factory, c, Object.class.getDeclaredConstructor());
        return k.newInstance();
    }

    // ---------------------------------------------------------------- shared

    /** The static field of a lambda's defining class that holds {@code v}, or null. */
    private static Field constant(Object v, Class<?> c) {
        int cut = c.getName().indexOf("$$Lambda");
        if (cut < 0) return null;
        try {
            Class<?> host = Class.forName(c.getName().substring(0, cut), false, c.getClassLoader());
            for (Field f : host.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                f.setAccessible(true);
                if (f.get(null) == v) return f;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
        return null;
    }

    /** A class of the JDK (its own module, or the boot or platform loader). */
    static boolean jdk(Class<?> c) {
        ClassLoader l = c.getClassLoader();
        return l == null || l == ClassLoader.getPlatformClassLoader() || c.getModule().isNamed() && c.getName().startsWith("java");
    }

    /** The instance fields a value consists of, the class's own and its superclasses' (up to a JDK class). */
    static List<Field> fields(Class<?> c) throws NotRecordableRuntime {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            if (jdk(k)) throw new NotRecordableRuntime("a " + c.getName() + ", which extends " + k.getName());
            for (Field f : k.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod)) continue;
                f.setAccessible(true);
                out.add(f);
            }
        }
        return out;
    }

    /** Thrown from {@link #fields} (used while comparing as well as writing). */
    static final class NotRecordableRuntime extends RuntimeException {
        NotRecordableRuntime(String why) {
            super(why, null, false, false);
        }
    }

    private static Field field(Class<?> c, String name) throws NotRecordable {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new NotRecordable("record component " + name + " of " + c.getName() + ": " + e);
        }
    }

    private static Object read(Field f, Object o) throws NotRecordable {
        try {
            return f.get(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new NotRecordable(f + ": " + e);
        }
    }

    private static String key(Field f) {
        return f.getDeclaringClass().getName() + "#" + f.getName();
    }
}
