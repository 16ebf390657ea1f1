import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sales report. Each input line is a sale: {@code REGION PRODUCT QUANTITY UNIT_PRICE}, the price in
 * dollars with up to two decimals. Blank lines and lines starting with '#' are ignored.
 *
 * <p>Prints one numbered line per sale with a non-zero quantity, then the total per region
 * (alphabetical) and the grand total.
 */
public class Main {

    static final class Sale {
        final String region;
        final String product;
        final int quantity;
        final long unitCents;

        Sale(String region, String product, int quantity, long unitCents) {
            this.region = region;
            this.product = product;
            this.quantity = quantity;
            this.unitCents = unitCents;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Sale> sales = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            sales.add(new Sale(parts[0], parts[1], Integer.parseInt(parts[2]), parseCents(parts[3])));
        }

        StringBuilder report = new StringBuilder();
        Map<String, Long> byRegion = new TreeMap<>();
        long grandTotal = 0;
        int number = 0;
        for (Sale s : sales) {
            if (s.quantity == 0) continue;
            long amount = s.quantity * s.unitCents;
            number++;
            report.append(number).append(". ").append(s.region).append(' ').append(s.product).append(' ')
                    .append(s.quantity).append(" x ").append(money(s.unitCents)).append(" = ")
                    .append(money(amount)).append('\n');
            byRegion.merge(s.region, amount, Long::sum);
            grandTotal += amount;
        }
        report.append("-- totals by region --\n");
        for (Map.Entry<String, Long> e : byRegion.entrySet()) {
            report += e.getKey() + " " + money(e.getValue()) + "\n";
        }
        report.append("grand total ").append(money(grandTotal)).append('\n');
        System.out.print(report);
    }

    /** "12.5" -> 1250, "7" -> 700, "0.05" -> 5. */
    static long parseCents(String price) {
        int dot = price.indexOf('.');
        if (dot < 0) return Long.parseLong(price) * 100;
        String whole = price.substring(0, dot);
        String frac = (price.substring(dot + 1) + "00").substring(0, 2);
        return (whole.isEmpty() ? 0 : Long.parseLong(whole)) * 100 + Long.parseLong(frac);
    }

    static String money(long cents) {
        long rest = cents % 100;
        return (cents / 100) + "." + (rest < 10 ? "0" : "") + rest;
    }
}
