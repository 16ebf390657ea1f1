import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;

/**
 * Price-series statistics. Input: daily closing prices in cents, whitespace separated.
 *
 * <p>Output: the number of days, the mean price, how many days set a new high, the longest run of
 * consecutive rising days, and the maximum drawdown (largest drop from an earlier peak to a later
 * trough, with the days of that peak and trough, 0-based; the earliest such pair on ties).
 *
 * <p>Expert version: prices go into a growable int array instead of a LinkedList (whose get(i)
 * walks the list, making the scan quadratic), and the accumulators are primitives instead of
 * boxed Long/Integer objects re-allocated on every update.
 */
public class Main {
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int[] prices = new int[1024];
        int n = 0;
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            int len = line.length();
            int i = 0;
            while (i < len) {
                while (i < len && isSpace(line.charAt(i))) i++;
                int start = i;
                while (i < len && !isSpace(line.charAt(i))) i++;
                if (i > start) {
                    if (n == prices.length) prices = Arrays.copyOf(prices, n * 2);
                    prices[n++] = Integer.parseInt(line, start, i, 10);
                }
            }
        }
        if (n == 0) {
            System.out.println("days: 0");
            return;
        }

        long total = 0;
        int newHighs = 0;
        int longestRise = 0;
        int rise = 0;
        int peak = prices[0];
        int peakDay = 0;
        long maxDrawdown = 0;
        int drawdownPeak = 0;
        int drawdownTrough = 0;
        for (int i = 0; i < n; i++) {
            int p = prices[i];
            total += p;
            if (i > 0 && p > prices[i - 1]) {
                rise++;
                if (rise > longestRise) longestRise = rise;
            } else {
                rise = 0;
            }
            if (p > peak) {
                peak = p;
                peakDay = i;
                newHighs++;
            }
            long drop = (long) peak - p;
            if (drop > maxDrawdown) {
                maxDrawdown = drop;
                drawdownPeak = peakDay;
                drawdownTrough = i;
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("days: ").append(n).append('\n');
        out.append("mean: ").append(String.format("%.2f", (double) total / n)).append('\n');
        out.append("new highs: ").append(newHighs).append('\n');
        out.append("longest rise: ").append(longestRise).append('\n');
        out.append("max drawdown: ").append(maxDrawdown).append(" (day ").append(drawdownPeak)
                .append(" to day ").append(drawdownTrough).append(")\n");
        System.out.print(out);
    }
}
