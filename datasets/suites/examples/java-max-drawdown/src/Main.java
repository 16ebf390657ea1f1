import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.LinkedList;
import java.util.List;

/**
 * Price-series statistics. Input: daily closing prices in cents, whitespace separated.
 *
 * <p>Output: the number of days, the mean price, how many days set a new high, the longest run of
 * consecutive rising days, and the maximum drawdown (largest drop from an earlier peak to a later
 * trough, with the days of that peak and trough, 0-based; the earliest such pair on ties).
 */
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Integer> prices = new LinkedList<>();
        String line;
        while ((line = in.readLine()) != null) {
            for (String token : line.trim().split("\\s+")) {
                if (!token.isEmpty()) prices.add(Integer.parseInt(token));
            }
        }
        if (prices.isEmpty()) {
            System.out.println("days: 0");
            return;
        }

        Long total = 0L;
        Integer newHighs = 0;
        Integer longestRise = 0;
        Integer rise = 0;
        int peak = prices.get(0);
        int peakDay = 0;
        long maxDrawdown = 0;
        int drawdownPeak = 0;
        int drawdownTrough = 0;
        for (int i = 0; i < prices.size(); i++) {
            int p = prices.get(i);
            total += p;
            if (i > 0 && p > prices.get(i - 1)) {
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

        System.out.println("days: " + prices.size());
        System.out.println("mean: " + String.format("%.2f", (double) total / prices.size()));
        System.out.println("new highs: " + newHighs);
        System.out.println("longest rise: " + longestRise);
        System.out.println("max drawdown: " + maxDrawdown + " (day " + drawdownPeak + " to day " + drawdownTrough + ")");
    }
}
