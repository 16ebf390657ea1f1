package dev.perfagent.agent.repo.jvmreplay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The calls kept while the original ran, as written to {@code calls.bin}: sealed with AES-CTR under a key that only
 * the test command holds (a fresh key per run, one file per key), so a candidate timed in the same workspace cannot
 * look the recorded answers up.
 *
 * @param dir       the working directory of the JVM that recorded (its class path entries under it are relative)
 * @param classPath the recording JVM's class path, where the targets' classes and their dependencies were found
 * @param skipped   calls whose values could not be written (or over the size bounds)
 */
record Recording(String dir, List<String> classPath, int skipped, List<Call> calls) {
    private static final int VERSION = 1;

    /**
     * One outermost call of a targeted method.
     *
     * @param before   receiver (null for a static method) and arguments, as one value graph, at the call
     * @param outcome  {@code return}, {@code void} or {@code throw}
     * @param result   the returned value's bytes, or for {@code throw} the exception's class name
     * @param after    receiver and arguments when it returned or threw
     */
    record Call(String owner, String name, String descriptor, boolean isStatic, byte[] before, String outcome, byte[] result,
                String message, byte[] after) {
        String label() {
            return owner + "." + name + descriptor;
        }
    }

    byte[] seal(String key) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeInt(VERSION);
        out.writeUTF(dir);
        out.writeInt(classPath.size());
        for (String s : classPath) out.writeUTF(s);
        out.writeInt(skipped);
        out.writeInt(calls.size());
        for (Call c : calls) {
            out.writeUTF(c.owner());
            out.writeUTF(c.name());
            out.writeUTF(c.descriptor());
            out.writeBoolean(c.isStatic());
            bytes(out, c.before());
            out.writeUTF(c.outcome());
            bytes(out, c.result());
            out.writeUTF(c.message());
            bytes(out, c.after());
        }
        out.flush();
        return crypt(b.toByteArray(), key);
    }

    static Recording open(byte[] sealed, String key) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(crypt(sealed, key)));
        if (in.readInt() != VERSION) throw new IOException("not a recording of this version, or the wrong key");
        String dir = in.readUTF();
        List<String> cp = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) cp.add(in.readUTF());
        int skipped = in.readInt();
        List<Call> calls = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            calls.add(new Call(in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean(), bytes(in), in.readUTF(), bytes(in),
                    in.readUTF(), bytes(in)));
        }
        return new Recording(dir, cp, skipped, calls);
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static byte[] crypt(byte[] data, String key) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HexFormat.of().parseHex(key), "AES"), new IvParameterSpec(new byte[16]));
            return c.doFinal(data);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the recording's key: " + e.getMessage());
        }
    }
}
