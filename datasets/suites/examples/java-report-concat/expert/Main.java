import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
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
 *
 * <p>Expert version: the report is appended to one StringBuilder instead of re-copying the whole
 * report string for every line (quadratic), and money is formatted straight into it. Lines are
 * split by hand (String.split with a regular expression compiles a Pattern per call).
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
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        List<Sale> sales = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = fields(line);
            sales.add(new Sale(parts[0], parts[1], Integer.parseInt(parts[2]), parseCents(parts[3])));
        }

        StringBuilder report = new StringBuilder(sales.size() * 48 + 256);
        Map<String, Long> byRegion = new TreeMap<>();
        long grandTotal = 0;
        int number = 0;
        for (Sale s : sales) {
            if (s.quantity == 0) continue;
            long amount = s.quantity * s.unitCents;
            number++;
            report.append(number).append(". ").append(s.region).append(' ').append(s.product).append(' ')
                    .append(s.quantity).append(" x ");
            money(report, s.unitCents).append(" = ");
            money(report, amount).append('\n');
            Long sum = byRegion.get(s.region);
            byRegion.put(s.region, sum == null ? amount : sum + amount);
            grandTotal += amount;
        }
        report.append("-- totals by region --\n");
        for (Map.Entry<String, Long> e : byRegion.entrySet()) {
            report.append(e.getKey()).append(' ');
            money(report, e.getValue()).append('\n');
        }
        report.append("grand total ");
        money(report, grandTotal).append('\n');
        PrintStream out = System.out;
        out.print(report);
        out.flush();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The same fields as line.split("\\s+") on a trimmed line, without a regular expression. */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>(4);
        int len = line.length();
        int i = 0;
        while (i < len) {
            int start = i;
            while (i < len && !isSpace(line.charAt(i))) i++;
            out.add(line.substring(start, i));
            while (i < len && isSpace(line.charAt(i))) i++;
        }
        return out.toArray(new String[0]);
    }

    /** "12.5" -> 1250, "7" -> 700, "0.05" -> 5. */
    static long parseCents(String price) {
        int dot = price.indexOf('.');
        if (dot < 0) return Long.parseLong(price) * 100;
        String whole = price.substring(0, dot);
        String frac = (price.substring(dot + 1) + "00").substring(0, 2);
        return (whole.isEmpty() ? 0 : Long.parseLong(whole)) * 100 + Long.parseLong(frac);
    }

    static StringBuilder money(StringBuilder sb, long cents) {
        long rest = cents % 100;
        return sb.append(cents / 100).append('.').append(rest < 10 ? "0" : "").append(rest);
    }
}
