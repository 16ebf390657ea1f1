// Prints the count, the sum and a position-weighted checksum of the integers on standard input.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
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
        System.out.print(n + " " + total + " " + weighted + "\n");
    }
}
