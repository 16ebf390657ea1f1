package dev.perfagent.agent.repo.jvmreplay;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equal as values, the way the replay compares a candidate's result and arguments with the recorded ones: what
 * {@code equals} says is equal is; otherwise lists and arrays element by element, sets and maps by their members,
 * the repository's objects field by field; floating point by bits (NaN equals NaN). A list made again as another
 * {@code List} class still equals it. {@link #show} renders a value briefly for the message.
 */
final class SameValues {
    private static final int MAX_DEPTH = 400;
    private static final int PAIRWISE_LIMIT = 2_000;

    private SameValues() {
    }

    static boolean same(Object a, Object b) {
        return same(a, b, 0);
    }

    private static boolean same(Object a, Object b, int depth) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (depth > MAX_DEPTH) return true;
        if (a instanceof Sinks.Captured x && b instanceof Sinks.Captured y) {
            // a sink whose writes were not observed while recording is not compared
            return !x.observed() || !y.observed() || x.captured().equals(y.captured());
        }
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca.isArray() || cb.isArray()) {
            if (ca != cb) return false;
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) return false;
            for (int i = 0; i < n; i++) if (!same(Array.get(a, i), Array.get(b, i), depth + 1)) return false;
            return true;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) return inOrder(la, lb, depth);
        if (a instanceof Set<?> sa && b instanceof Set<?> sb) return sa.size() == sb.size() && (equal(a, b) || members(sa, sb, depth));
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) return sameMap(ma, mb, depth);
        if (a instanceof Collection<?> xa && b instanceof Collection<?> xb && !(a instanceof Set || b instanceof Set || a instanceof List || b instanceof List)) {
            return inOrder(xa, xb, depth);
        }
        if (ca != cb) return false;
        if (equal(a, b)) return true;
        if (a instanceof java.io.ByteArrayOutputStream x) return java.util.Arrays.equals(x.toByteArray(), ((java.io.ByteArrayOutputStream) b).toByteArray());
        if (a instanceof java.io.StringWriter || a instanceof java.io.CharArrayWriter) return a.toString().equals(b.toString());
        if (Values.jdk(ca)) return a instanceof CharSequence && a.toString().contentEquals((CharSequence) b);
        if (ca.isEnum()) return false;
        try {
            for (Field f : Values.fields(ca)) if (!same(f.get(a), f.get(b), depth + 1)) return false;
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static boolean equal(Object a, Object b) {
        try {
            return a.equals(b);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean inOrder(Collection<?> a, Collection<?> b, int depth) {
        if (a.size() != b.size()) return false;
        Iterator<?> ib = b.iterator();
        for (Object x : a) if (!ib.hasNext() || !same(x, ib.next(), depth + 1)) return false;
        return true;
    }

    /** Every member of {@code a} has a same one in {@code b} (pairwise, for members without their own equality). */
    private static boolean members(Set<?> a, Set<?> b, int depth) {
        if (a.size() > PAIRWISE_LIMIT) return false;
        for (Object x : a) {
            boolean found = false;
            for (Object y : b) {
                if (same(x, y, depth + 1)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static boolean sameMap(Map<?, ?> a, Map<?, ?> b, int depth) {
        if (a.size() != b.size()) return false;
        boolean byKey = true;
        for (Map.Entry<?, ?> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                byKey = false;
                break;
            }
            if (!same(e.getValue(), b.get(e.getKey()), depth + 1)) return false;
        }
        if (byKey) return true;
        // keys without their own equality (made again, so not the same objects): pair the entries by key
        if (a.size() > PAIRWISE_LIMIT) return false;
        for (Map.Entry<?, ?> e : a.entrySet()) {
            boolean found = false;
            for (Map.Entry<?, ?> f : b.entrySet()) {
                if (same(e.getKey(), f.getKey(), depth + 1) && same(e.getValue(), f.getValue(), depth + 1)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /**
     * Where two captured outputs first differ, for the message: {@code at character 312: "…, Option 7 …" where the
     * recorded call wrote "…, Option 8 …"}. Empty when they do not differ or are not both observed captures.
     */
    static String outputDifference(Object got, Object want) {
        if (!(got instanceof Sinks.Captured g) || !(want instanceof Sinks.Captured w) || !g.observed() || !w.observed()) return "";
        String a = g.captured();
        String b = w.captured();
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (i == a.length() && i == b.length()) return "";
        int from = Math.max(0, i - 30);
        return "the candidate wrote " + excerpt(a, from, i) + " where the recorded call wrote " + excerpt(b, from, i)
                + " (first difference at character " + i + " of " + b.length() + ")";
    }

    private static String excerpt(String s, int from, int at) {
        if (at >= s.length() && from >= s.length()) return "nothing more";
        String cut = s.substring(Math.min(from, s.length()), Math.min(s.length(), at + 50));
        return (from > 0 ? "\"…" : "\"") + cut.replace("\n", "\\n") + (at + 50 < s.length() ? "…\"" : "\"");
    }

    /** A short rendering for the message (at most 160 characters). */
    static String show(Object v) {
        return show(v, 0);
    }

    private static String show(Object v, int depth) {
        String s;
        try {
            if (v == null) s = "null";
            else if (depth > 3) s = "…";
            else if (v instanceof Sinks.Captured c) s = "a " + c.kind() + (c.observed() ? " that got \"" + c.captured() + '"' : "");
            else if (v.getClass().isArray()) s = array(v, depth);
            else if (v instanceof String str) s = '"' + str + '"';
            else if (!Values.jdk(v.getClass()) && !overridesToString(v.getClass())) s = fields(v, depth);
            else s = String.valueOf(v);
        } catch (RuntimeException e) {
            s = v.getClass().getName() + " (" + e.getClass().getSimpleName() + " in toString)";
        }
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    private static String array(Object a, int depth) {
        StringBuilder b = new StringBuilder("[");
        int n = Array.getLength(a);
        for (int i = 0; i < n && b.length() < 200; i++) b.append(i == 0 ? "" : ", ").append(show(Array.get(a, i), depth + 1));
        return b.append(n > 0 && b.length() >= 200 ? ", …]" : "]").toString();
    }

    private static String fields(Object v, int depth) {
        StringBuilder b = new StringBuilder(v.getClass().getSimpleName()).append('{');
        try {
            List<Field> fs = Values.fields(v.getClass());
            for (int i = 0; i < fs.size() && b.length() < 200; i++) {
                b.append(i == 0 ? "" : ", ").append(fs.get(i).getName()).append('=').append(show(fs.get(i).get(v), depth + 1));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            b.append('…');
        }
        return b.append('}').toString();
    }

    private static boolean overridesToString(Class<?> c) {
        try {
            return c.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
