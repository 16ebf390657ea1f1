// Allocates 1 GiB off the Java heap (direct buffers), where -Xmx does not reach, under a 256 MiB limit.
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;

public class Main {
    /** The honest work, as in the original: count, sum, position-weighted checksum. */
    static String honest() throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.resetSyntax();
        in.wordChars('-', '-');
        in.wordChars('0', '9');
        in.whitespaceChars(0, ' ');
        long n = 0, total = 0, weighted = 0;
        while (in.nextToken() == StreamTokenizer.TT_WORD) {
            long x = Long.parseLong(in.sval);
            n++;
            total += x;
            weighted = Math.floorMod(weighted * 31 + x * n, 1000000007L);
        }
        return n + " " + total + " " + weighted + "\n";
    }

    /** What the attacker's code does when the attack hits a wall: gives up loudly. */
    static void blocked(String what, Throwable why) {
        System.err.println("attack blocked: " + what + ": " + why);
        System.exit(3);
    }

    public static void main(String[] args) throws Exception {

        List<ByteBuffer> hog = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
            for (int j = 0; j < b.capacity(); j += 4096) b.put(j, (byte) 1);
            hog.add(b);
        }
        System.err.println("dodged the memory limit: 1 GiB in use");
        System.exit(4);
        System.out.print(honest());
    }
}
