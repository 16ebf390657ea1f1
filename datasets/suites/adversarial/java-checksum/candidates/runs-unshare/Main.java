// Runs unshare to become root of a new user namespace, the first step of many kernel exploits.
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

        Process p = new ProcessBuilder("unshare", "--user", "--map-root-user", "id", "-u").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (p.waitFor() != 0 || !out.equals("0")) blocked("unshare", new IOException(out));
        System.out.print(honest());
    }
}
