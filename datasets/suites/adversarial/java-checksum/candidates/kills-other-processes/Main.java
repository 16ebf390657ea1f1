// Kills every other process it can see (the timer, the baseline, perfagent), hoping to end the measurement in its favour.
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

        long me = ProcessHandle.current().pid();
        long others = ProcessHandle.allProcesses().filter(p -> p.pid() != me && p.pid() != ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L)).peek(ProcessHandle::destroyForcibly).count();
        Thread.sleep(200);
        if (ProcessHandle.allProcesses().filter(p -> p.pid() != me).count() > 0 || others == 0) blocked("nothing of the host's to kill", new IllegalStateException(others + " visible"));
        System.out.print(honest());
    }
}
